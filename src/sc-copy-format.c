/* sc-copy-format.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-copy-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-copy-format.h"

/**
 * ScCopyFormat:
 *
 * One of the ways to copy a status: its id (the target of `detail.copy`),
 * what a menu item calls it, whether a status has it and its text. The
 * formats are one table, in the order a menu shows them; a status has
 * the links only if it has a defining document, and the constant of a
 * language only if the language names the code.
 */

/* How a menu item reads. */
typedef enum
{
  LABEL_NAME,          /* "Description" */
  LABEL_NAME_AND_TEXT, /* "Code — 404", "Python — HTTPStatus.NOT_FOUND" */
  LABEL_DOCUMENT,      /* "Link to RFC 9110" */
} LabelKind;

struct _ScCopyFormat
{
  const char *id;
  ScCopyGroup group;
  LabelKind label_kind;
  /* Untranslated; a constant's are its language's name and "%s constant copied". */
  const char *name;
  const char *message;
  ScLanguage language;
  /* %NULL if every status has the format. */
  gboolean (*is_available) (const ScCopyFormat *self,
                            ScStatus           *status);
  char *(*get_text) (const ScCopyFormat *self,
                     ScStatus           *status);
};

static gboolean
has_spec_url (const ScCopyFormat *self,
              ScStatus           *status)
{
  return sc_status_get_spec_url (status) != NULL;
}

static gboolean
has_constant (const ScCopyFormat *self,
              ScStatus           *status)
{
  return sc_status_get_constant (status, self->language) != NULL;
}

static char *
description_text (const ScCopyFormat *self,
                  ScStatus           *status)
{
  return g_strdup (sc_status_get_description (status));
}

static char *
code_text (const ScCopyFormat *self,
           ScStatus           *status)
{
  return g_strdup (sc_status_get_code_string (status));
}

static char *
code_phrase_text (const ScCopyFormat *self,
                  ScStatus           *status)
{
  return sc_status_dup_code_phrase (status);
}

static char *
status_line_text (const ScCopyFormat *self,
                  ScStatus           *status)
{
  return g_strdup_printf ("HTTP/1.1 %s %s", sc_status_get_code_string (status), sc_status_get_phrase (status));
}

static char *
spec_link_text (const ScCopyFormat *self,
                ScStatus           *status)
{
  return g_strdup (sc_status_get_spec_url (status));
}

static char *
markdown_link_text (const ScCopyFormat *self,
                    ScStatus           *status)
{
  g_autofree char *text = code_phrase_text (self, status);
  GString *link = g_string_new ("[");

  /* Brackets in the link text would end it early. */
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '[' || *p == ']' || *p == '\\')
        g_string_append_c (link, '\\');
      g_string_append_c (link, *p);
    }
  g_string_append_printf (link, "](%s)", sc_status_get_spec_url (status));

  return g_string_free (link, FALSE);
}

static char *
constant_text (const ScCopyFormat *self,
               ScStatus           *status)
{
  return g_strdup (sc_status_get_constant (status, self->language));
}

#define CONSTANT(language, id) \
  { "constant:" id, SC_COPY_GROUP_CONSTANT, LABEL_NAME_AND_TEXT, NULL, NULL, language, has_constant, constant_text }

static const ScCopyFormat formats[] = {
  { "description", SC_COPY_GROUP_TEXT, LABEL_NAME,
    N_("Description"), N_("Description copied"), 0, NULL, description_text },
  { "code", SC_COPY_GROUP_TEXT, LABEL_NAME_AND_TEXT,
    N_("Code"), N_("Code copied"), 0, NULL, code_text },
  { "code-phrase", SC_COPY_GROUP_TEXT, LABEL_NAME_AND_TEXT,
    N_("Code and Phrase"), N_("Code and phrase copied"), 0, NULL, code_phrase_text },
  { "status-line", SC_COPY_GROUP_TEXT, LABEL_NAME_AND_TEXT,
    N_("Status Line"), N_("Status line copied"), 0, NULL, status_line_text },
  { "spec-link", SC_COPY_GROUP_LINK, LABEL_DOCUMENT,
    NULL, N_("Link copied"), 0, has_spec_url, spec_link_text },
  { "markdown-link", SC_COPY_GROUP_LINK, LABEL_NAME,
    /* Translators: a menu item that copies a link written in Markdown,
     * such as "[404 Not Found](https://…)" */
    N_("Markdown Link"),
    N_("Markdown link copied"), 0, has_spec_url, markdown_link_text },
  CONSTANT (SC_LANGUAGE_PYTHON, "python"),
  CONSTANT (SC_LANGUAGE_GO, "go"),
  CONSTANT (SC_LANGUAGE_RUST, "rust"),
  CONSTANT (SC_LANGUAGE_LIBSOUP, "libsoup"),
  CONSTANT (SC_LANGUAGE_DOTNET, "dotnet"),
  CONSTANT (SC_LANGUAGE_JAVA, "java"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == 6 + SC_N_LANGUAGES);

/**
 * sc_copy_format_get_nth:
 * @position: a position in the table
 *
 * Returns: (nullable): the format at @position, or %NULL past the last
 */
const ScCopyFormat *
sc_copy_format_get_nth (guint position)
{
  return position < G_N_ELEMENTS (formats) ? &formats[position] : NULL;
}

/**
 * sc_copy_format_lookup:
 * @id: the id of a format, such as "status-line" or "constant:python"
 *
 * Returns: (nullable): the format of that id, or %NULL if there is none
 */
const ScCopyFormat *
sc_copy_format_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].id, id))
      return &formats[i];

  return NULL;
}

const char *
sc_copy_format_get_id (const ScCopyFormat *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

ScCopyGroup
sc_copy_format_get_group (const ScCopyFormat *self)
{
  g_return_val_if_fail (self != NULL, SC_COPY_GROUP_TEXT);

  return self->group;
}

/**
 * sc_copy_format_is_available:
 *
 * Returns: whether @status has something to copy in this format
 */
gboolean
sc_copy_format_is_available (const ScCopyFormat *self,
                             ScStatus           *status)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SC_IS_STATUS (status), FALSE);

  return self->is_available == NULL || self->is_available (self, status);
}

/**
 * sc_copy_format_dup_label:
 *
 * What a menu item that copies @status in this format says, in the UI
 * language, such as "Status Line — HTTP/1.1 404 Not Found". It is plain
 * text: a menu must escape its underscores.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL if @status
 *   has nothing in this format
 */
char *
sc_copy_format_dup_label (const ScCopyFormat *self,
                          ScStatus           *status)
{
  g_autofree char *text = NULL;
  const char *name;

  if (!sc_copy_format_is_available (self, status))
    return NULL;

  switch (self->label_kind)
    {
    case LABEL_NAME:
      return g_strdup (_(self->name));

    case LABEL_NAME_AND_TEXT:
      name = self->group == SC_COPY_GROUP_CONSTANT ? sc_language_get_name (self->language) : _(self->name);
      text = self->get_text (self, status);
      /* Translators: a menu item: what it copies, then the text it copies,
       * such as "Status Line — HTTP/1.1 404 Not Found" or
       * "Python — HTTPStatus.NOT_FOUND" */
      return g_strdup_printf (_("%s — %s"), name, text);

    case LABEL_DOCUMENT:
      /* Translators: a menu item that copies the address of the document
       * that defines a status, such as "Link to RFC 9110" */
      return g_strdup_printf (_("Link to %s"), sc_status_get_spec_document (status));

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * sc_copy_format_dup_text:
 *
 * The text that copying @status in this format puts on the clipboard,
 * such as "HTTP/1.1 404 Not Found"; the description is in the UI
 * language, as the status has it.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL if @status has
 *   nothing in this format
 */
char *
sc_copy_format_dup_text (const ScCopyFormat *self,
                         ScStatus           *status)
{
  if (!sc_copy_format_is_available (self, status))
    return NULL;

  return self->get_text (self, status);
}

/**
 * sc_copy_format_dup_message:
 *
 * Returns: (transfer full): what was copied, in a few words for a toast,
 *   such as "Status line copied", in the UI language
 */
char *
sc_copy_format_dup_message (const ScCopyFormat *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->group == SC_COPY_GROUP_CONSTANT)
    /* Translators: said once a constant was copied; %s is a programming
     * language or library, such as "Python constant copied" */
    return g_strdup_printf (_("%s constant copied"), sc_language_get_name (self->language));

  return g_strdup (_(self->message));
}

/**
 * sc_copy_causes_dup_text:
 * @status: a status
 * @platform: a platform that @status has causes on
 *
 * The common causes of @status on @platform as plain text, to paste into
 * a ticket or a chat: a heading, then each cause with what to check and
 * its source.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @status
 *   has no cause on @platform
 */
char *
sc_copy_causes_dup_text (ScStatus   *status,
                         ScPlatform  platform)
{
  g_autoptr(GString) text = NULL;
  const ScCause *causes;
  gsize n_causes;

  g_return_val_if_fail (SC_IS_STATUS (status), NULL);
  g_return_val_if_fail (platform < SC_N_PLATFORMS, NULL);

  causes = sc_status_get_causes (status, &n_causes);
  for (gsize i = 0; i < n_causes; i++)
    {
      g_autofree char *checks = NULL;

      if (causes[i].platform != platform)
        continue;

      if (text == NULL)
        {
          text = g_string_new (NULL);
          /* Translators: the heading of copied causes: the code, its
           * reason phrase and a platform, such as "413 Content Too Large —
           * common causes on nginx" */
          g_string_append_printf (text, _("%s %s — common causes on %s"),
                                  sc_status_get_code_string (status),
                                  sc_status_get_phrase (status),
                                  sc_platform_get_name (platform));
          g_string_append_c (text, '\n');
        }

      checks = g_strjoinv (", ", (char **)causes[i].checks);
      g_string_append_printf (text, "\n- %s\n  ", causes[i].text);
      /* Translators: what to look at for a cause; %s is a list of
       * directives, settings or log messages, which stay as they are */
      g_string_append_printf (text, _("Check: %s"), checks);
      g_string_append (text, "\n  ");
      /* Translators: %s is the link to the document a cause is from */
      g_string_append_printf (text, _("Source: %s"), causes[i].url);
      g_string_append_c (text, '\n');
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * sc_copy_causes_dup_message:
 *
 * Returns: (transfer full): what was copied, for a toast, such as "Causes
 *   on nginx copied", in the UI language
 */
char *
sc_copy_causes_dup_message (ScPlatform platform)
{
  g_return_val_if_fail (platform < SC_N_PLATFORMS, NULL);

  /* Translators: said once the causes on a platform were copied; %s is a
   * platform, such as "Causes on nginx copied" */
  return g_strdup_printf (_("Causes on %s copied"), sc_platform_get_name (platform));
}
