/* sc-status-loader.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-enums.h"
#include "sc-status-private.h"
#include "sc-status-loader.h"

/*
 * The status data is XML read with GMarkup (see data/status-codes.xml for
 * the format, and the README for why XML). The loader is strict: an
 * element, attribute or value the format does not have is an error, so a
 * typo in the data fails the tests instead of silently dropping a field.
 * Every error names the line and character where it was found, in the
 * words GMarkup uses for its own: "Error on line 3 char 5: …".
 *
 * Errors are in the %SC_STATUS_LOADER_ERROR domain, except those that GLib
 * finds itself: XML that is not well-formed, and unknown or missing
 * attributes, which are in the %G_MARKUP_ERROR domain.
 *
 * Translatable texts are looked up in the gettext catalog here, once, with
 * white space collapsed the way xgettext collapses it when it extracts
 * them, so that the message IDs agree. A reason phrase stays as it is; its
 * translation, in the context "status title NNN" (NNN its code, so that
 * codes that share a phrase can have titles of their own), is the
 * status's title.
 */

G_DEFINE_QUARK (sc-status-loader-error-quark, sc_status_loader_error)

typedef struct
{
  guint16 code;
  guint16 related;
  int line;
  int column;
} RelatedReference;

typedef struct
{
  gboolean seen_root;
  ScRegistryDates dates;
  GPtrArray *statuses;
  GHashTable *line_of_code;
  GArray *references;

  /* The status being read, filled in as its elements come. */
  ScStatus *status;
  gboolean has_spec;
  int last_language;
  guint child_rank;
  int last_platform;

  /* The checks of the <cause> being read, if one is. */
  GPtrArray *checks;

  /* The text of the element being read, if it is one that has text. */
  GString *text;
} Loader;

static void
loader_clear_status (Loader *loader)
{
  g_clear_object (&loader->status);
  loader->has_spec = FALSE;
  loader->last_language = -1;
  loader->child_rank = 0;
  loader->last_platform = -1;
  g_clear_pointer (&loader->checks, g_ptr_array_unref);
}

static void
loader_free (Loader *loader)
{
  loader_clear_status (loader);
  g_clear_pointer (&loader->statuses, g_ptr_array_unref);
  g_clear_pointer (&loader->line_of_code, g_hash_table_unref);
  g_clear_pointer (&loader->references, g_array_unref);
  if (loader->text != NULL)
    g_string_free (loader->text, TRUE);
  g_free (loader);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loader, loader_free)

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Collapses runs of white space into one space and trims the ends. */
static char *
collapse_space (const char *text)
{
  char *collapsed = g_malloc (strlen (text) + 1);
  char *out = collapsed;
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          pending_space = out > collapsed;
          continue;
        }

      if (pending_space)
        *out++ = ' ';
      pending_space = FALSE;
      *out++ = *p;
    }
  *out = '\0';

  return collapsed;
}

static gboolean
is_text_element (const char *element_name)
{
  static const char * const text_elements[] = {
    "phrase", "summary", "description", "origin", "header", "former-name", NULL
  };

  return g_strv_contains (text_elements, element_name);
}

/* The elements of a <status>, in the order they must come in. */
static const char * const status_children[] = {
  "phrase", "summary", "description", "origin", "spec", "header", "related", "former-name", "constant", "cause", NULL
};

/* Refuses a child of <status> that comes after one that should follow it. */
static gboolean
check_child_order (Loader      *loader,
                   const char  *element_name,
                   GError     **error)
{
  for (guint rank = 1; status_children[rank - 1] != NULL; rank++)
    {
      if (!g_str_equal (element_name, status_children[rank - 1]))
        continue;

      if (rank < loader->child_rank)
        {
          g_set_error (error,
                       SC_STATUS_LOADER_ERROR,
                       SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT,
                       "<%s> is not allowed after <%s>: the elements of a <status> come in a fixed order",
                       element_name, status_children[loader->child_rank - 1]);
          return FALSE;
        }

      loader->child_rank = rank;
      return TRUE;
    }

  /* Not a child of <status> at all: the caller says so. */
  return TRUE;
}

static gboolean
parse_code (const char  *text,
            guint16     *code,
            GError     **error)
{
  guint64 value;

  if (strlen (text) != 3 ||
      !g_ascii_string_to_unsigned (text, 10, SC_STATUS_CODE_MIN, SC_STATUS_CODE_MAX, &value, NULL))
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_CODE,
                   "“%s” is not a status code: a code is a number from %d to %d",
                   text, SC_STATUS_CODE_MIN, SC_STATUS_CODE_MAX);
      return FALSE;
    }

  *code = (guint16)value;
  return TRUE;
}

/* Reads a date written as YYYY-MM-DD, the one form the data uses. */
static gboolean
parse_date (const char  *attribute,
            const char  *text,
            GDate       *date,
            GError     **error)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = g_strsplit (text, "-", -1);

  if (g_strv_length (parts) != 3 ||
      strlen (parts[0]) != 4 || strlen (parts[1]) != 2 || strlen (parts[2]) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT16, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "%s=“%s” is not a date written as YYYY-MM-DD",
                   attribute, text);
      return FALSE;
    }

  g_date_set_dmy (date, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return TRUE;
}

static void
start_statuses (Loader       *loader,
                const char  **attribute_names,
                const char  **attribute_values,
                GError      **error)
{
  const char *updated = NULL;
  const char *checked = NULL;

  if (!g_markup_collect_attributes ("statuses", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "registry-updated", &updated,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "registry-checked", &checked,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (updated != NULL && !parse_date ("registry-updated", updated, &loader->dates.updated, error))
    return;
  if (checked != NULL)
    parse_date ("registry-checked", checked, &loader->dates.checked, error);
}

/* Reads facts="interim no-content …", each word the nick of a flag. */
static gboolean
parse_facts (guint16         code,
             const char     *text,
             ScStatusFacts  *facts,
             GError        **error)
{
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (SC_TYPE_STATUS_FACTS);
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);

  *facts = SC_STATUS_FACT_NONE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      GFlagsValue *value;

      if (words[i][0] == '\0')
        continue;

      value = g_flags_get_value_by_nick (flags_class, words[i]);
      if (value == NULL || value->value == SC_STATUS_FACT_NONE)
        {
          g_set_error (error,
                       SC_STATUS_LOADER_ERROR,
                       SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                       "status %u: “%s” is not a fact the format knows",
                       code, words[i]);
          return FALSE;
        }

      *facts |= value->value;
    }

  return TRUE;
}

static void
start_status (GMarkupParseContext  *context,
              Loader               *loader,
              const char          **attribute_names,
              const char          **attribute_values,
              GError              **error)
{
  const char *code = NULL;
  const char *registry = NULL;
  const char *facts = NULL;
  guint16 number;
  gpointer first_line;
  int line;

  if (!g_markup_collect_attributes ("status", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "registry", &registry,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "facts", &facts,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code, &number, error))
    return;

  g_markup_parse_context_get_position (context, &line, NULL);
  if (g_hash_table_lookup_extended (loader->line_of_code, GUINT_TO_POINTER (number), NULL, &first_line))
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_DUPLICATE_CODE,
                   "status %u is given twice, first on line %d",
                   number, GPOINTER_TO_INT (first_line));
      return;
    }
  g_hash_table_insert (loader->line_of_code, GUINT_TO_POINTER (number), GINT_TO_POINTER (line));
  loader->status = sc_status_new (number);

  if (registry != NULL)
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (SC_TYPE_REGISTRY_STATUS);
      GEnumValue *value = g_enum_get_value_by_nick (enum_class, registry);

      if (value == NULL)
        {
          g_set_error (error,
                       SC_STATUS_LOADER_ERROR,
                       SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                       "status %u: “%s” is not a registry status",
                       number, registry);
          return;
        }

      loader->status->registry_status = value->value;
    }

  if (facts != NULL)
    parse_facts (number, facts, &loader->status->facts, error);
}

static void
start_spec (Loader       *loader,
            const char  **attribute_names,
            const char  **attribute_values,
            GError      **error)
{
  const char *document = NULL;
  const char *section = NULL;
  const char *url = NULL;

  if (loader->has_spec)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u has more than one <spec>",
                   loader->status->code);
      return;
    }

  if (!g_markup_collect_attributes ("spec", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRDUP, "document", &document,
                                    G_MARKUP_COLLECT_STRDUP | G_MARKUP_COLLECT_OPTIONAL, "section", &section,
                                    G_MARKUP_COLLECT_STRDUP, "url", &url,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  loader->has_spec = TRUE;
  loader->status->spec_document = (char *)document;
  loader->status->spec_section = (char *)section;
  loader->status->spec_url = (char *)url;

  if (!g_str_has_prefix (url, "https://"))
    g_set_error (error,
                 SC_STATUS_LOADER_ERROR,
                 SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                 "status %u: the spec link “%s” is not an https:// address",
                 loader->status->code, url);
}

static void
start_related (GMarkupParseContext  *context,
               Loader               *loader,
               const char          **attribute_names,
               const char          **attribute_values,
               GError              **error)
{
  const char *code = NULL;
  RelatedReference reference = { loader->status->code, 0, 0, 0 };

  if (!g_markup_collect_attributes ("related", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING, "code", &code,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!parse_code (code, &reference.related, error))
    return;

  if (reference.related == reference.code)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u names itself as related",
                   loader->status->code);
      return;
    }

  g_markup_parse_context_get_position (context, &reference.line, &reference.column);
  g_array_append_val (loader->references, reference);
  g_array_append_val (loader->status->related_codes, reference.related);
}

/* <constant language="python">: one per language, in the order of
 * #ScLanguage, so that the data reads the same for every code. */
static void
start_constant (Loader       *loader,
                const char  **attribute_names,
                const char  **attribute_values,
                GError      **error)
{
  const char *id = NULL;
  ScLanguage language;

  if (!g_markup_collect_attributes ("constant", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING, "language", &id,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!sc_language_from_id (id, &language))
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u: “%s” is not a language the format knows",
                   loader->status->code, id);
      return;
    }

  if ((int)language == loader->last_language)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u has more than one <constant> for %s",
                   loader->status->code, id);
      return;
    }

  if ((int)language < loader->last_language)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u: the <constant> for %s must come before the one for %s",
                   loader->status->code, id, sc_language_get_id (loader->last_language));
      return;
    }

  loader->last_language = language;
  loader->text = g_string_new (NULL);
}

/* <cause platform="nginx" url="https://…">: grouped by platform, in the
 * order of #ScPlatform, so that the detail shows one group a platform. */
static void
start_cause (Loader       *loader,
             const char  **attribute_names,
             const char  **attribute_values,
             GError      **error)
{
  const char *id = NULL;
  const char *url = NULL;
  ScPlatform platform;
  ScCause cause = { 0, };

  if (!g_markup_collect_attributes ("cause", attribute_names, attribute_values, error,
                                    G_MARKUP_COLLECT_STRING, "platform", &id,
                                    G_MARKUP_COLLECT_STRING, "url", &url,
                                    G_MARKUP_COLLECT_INVALID))
    return;

  if (!sc_platform_from_id (id, &platform))
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u: “%s” is not a platform the format knows",
                   loader->status->code, id);
      return;
    }

  if ((int)platform < loader->last_platform)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u: the causes for %s must come before those for %s",
                   loader->status->code, id, sc_platform_get_id (loader->last_platform));
      return;
    }

  /* Every cause says where its vendor documents it. */
  if (!g_str_has_prefix (url, "https://") || url[strlen ("https://")] == '\0')
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u: the source “%s” of a cause is not an https:// address",
                   loader->status->code, url);
      return;
    }

  loader->last_platform = platform;
  cause.platform = platform;
  cause.url = g_strdup (url);
  g_array_append_val (loader->status->causes, cause);
  loader->checks = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

/* The cause being read. */
static ScCause *
current_cause (Loader *loader)
{
  GArray *causes = loader->status->causes;

  return &g_array_index (causes, ScCause, causes->len - 1);
}

static void
end_cause (Loader  *loader,
           GError **error)
{
  ScCause *cause = current_cause (loader);
  const char *missing = cause->text == NULL ? "text" : loader->checks->len == 0 ? "check" : NULL;

  if (missing != NULL)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_MISSING_FIELD,
                   "status %u has a <cause> with no <%s>",
                   loader->status->code, missing);
      return;
    }

  cause->checks = (const char * const *)g_ptr_array_free (g_steal_pointer (&loader->checks), FALSE);
}

/* A constant is a name in code: letters, digits, and the separators of
 * qualified names ("HTTPStatus.NOT_FOUND", "StatusCode::NOT_FOUND"). */
static gboolean
is_constant_name (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != ':')
      return FALSE;

  return TRUE;
}

/* Says where an error was found. GMarkup does that itself for the XML
 * syntax errors it finds, but not for errors from all of its callbacks. */
static void
prefix_position (GMarkupParseContext  *context,
                 GError              **error)
{
  int line, column;

  if (error == NULL || *error == NULL)
    return;

  g_markup_parse_context_get_position (context, &line, &column);
  g_prefix_error (error, "Error on line %d char %d: ", line, column);
}

static void
loader_start_element (GMarkupParseContext  *context,
                      const char           *element_name,
                      const char          **attribute_names,
                      const char          **attribute_values,
                      gpointer              user_data,
                      GError              **error)
{
  Loader *loader = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  guint depth = g_slist_length ((GSList *)stack);
  const char *parent = depth > 1 ? stack->next->data : NULL;

  if (depth == 3 && g_str_equal (parent, "status") && !check_child_order (loader, element_name, error))
    {
      prefix_position (context, error);
      return;
    }

  if (depth == 1 && g_str_equal (element_name, "statuses") && !loader->seen_root)
    {
      loader->seen_root = TRUE;
      start_statuses (loader, attribute_names, attribute_values, error);
    }
  else if (depth == 2 && g_str_equal (parent, "statuses") && g_str_equal (element_name, "status"))
    {
      start_status (context, loader, attribute_names, attribute_values, error);
    }
  else if (depth == 3 && g_str_equal (parent, "status") && g_str_equal (element_name, "spec"))
    {
      start_spec (loader, attribute_names, attribute_values, error);
    }
  else if (depth == 3 && g_str_equal (parent, "status") && g_str_equal (element_name, "related"))
    {
      start_related (context, loader, attribute_names, attribute_values, error);
    }
  else if (depth == 3 && g_str_equal (parent, "status") && g_str_equal (element_name, "constant"))
    {
      start_constant (loader, attribute_names, attribute_values, error);
    }
  else if (depth == 3 && g_str_equal (parent, "status") && g_str_equal (element_name, "cause"))
    {
      start_cause (loader, attribute_names, attribute_values, error);
    }
  else if (depth == 4 && g_str_equal (parent, "cause") &&
           (g_str_equal (element_name, "text") || g_str_equal (element_name, "check")))
    {
      if (g_str_equal (element_name, "text") && loader->checks->len > 0)
        g_set_error (error,
                     SC_STATUS_LOADER_ERROR,
                     SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT,
                     "<text> is not allowed after <check>: a cause says what happens, then what to check");
      else if (g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                            G_MARKUP_COLLECT_INVALID, NULL))
        loader->text = g_string_new (NULL);
    }
  else if (depth == 3 && g_str_equal (parent, "status") && is_text_element (element_name))
    {
      if (g_markup_collect_attributes (element_name, attribute_names, attribute_values, error,
                                       G_MARKUP_COLLECT_INVALID, NULL))
        loader->text = g_string_new (NULL);
    }
  else if (depth == 1 && loader->seen_root)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT,
                   "<%s> is not allowed after the top element <statuses>",
                   element_name);
    }
  else
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT,
                   "<%s> is not allowed %s%s%s",
                   element_name,
                   parent ? "in <" : "as the top element",
                   parent ? parent : "",
                   parent ? ">" : "");
    }

  prefix_position (context, error);
}

static void
loader_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 text_len,
             gpointer              user_data,
             GError              **error)
{
  Loader *loader = user_data;

  if (loader->text != NULL)
    {
      g_string_append_len (loader->text, text, text_len);
      return;
    }

  for (gsize i = 0; i < text_len; i++)
    {
      if (!is_xml_space (text[i]))
        {
          g_set_error (error,
                       SC_STATUS_LOADER_ERROR,
                       SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                       "text is not allowed in <%s>",
                       g_markup_parse_context_get_element (context));
          prefix_position (context, error);
          return;
        }
    }
}

/* Sets *field to @text, refusing a second value. */
static void
take_single_text (Loader      *loader,
                  const char  *element_name,
                  char       **field,
                  char        *text,
                  GError     **error)
{
  if (*field != NULL)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u has more than one <%s>",
                   loader->status->code, element_name);
      g_free (text);
      return;
    }

  *field = text;
}

/* Takes @text, and gives its translation: @text itself where there is
 * none, as in an English session. */
static char *
translate (char *text)
{
  const char *translation = g_dgettext (GETTEXT_PACKAGE, text);

  if (translation == text)
    return text;

  g_free (text);
  return g_strdup (translation);
}

static void
end_text_element (Loader      *loader,
                  const char  *element_name,
                  GError     **error)
{
  ScStatus *status = loader->status;
  g_autofree char *text = collapse_space (loader->text->str);

  g_string_free (g_steal_pointer (&loader->text), TRUE);

  if (text[0] == '\0')
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u has an empty <%s>",
                   status->code, element_name);
      return;
    }

  if (g_str_equal (element_name, "phrase"))
    take_single_text (loader, element_name, &status->phrase, g_steal_pointer (&text), error);
  else if (g_str_equal (element_name, "summary"))
    take_single_text (loader, element_name, &status->summary, translate (g_steal_pointer (&text)), error);
  else if (g_str_equal (element_name, "description"))
    take_single_text (loader, element_name, &status->description, translate (g_steal_pointer (&text)), error);
  else if (g_str_equal (element_name, "origin"))
    take_single_text (loader, element_name, &status->origin, g_steal_pointer (&text), error);
  else if (g_str_equal (element_name, "header"))
    g_ptr_array_add (status->headers, g_steal_pointer (&text));
  else if (g_str_equal (element_name, "former-name"))
    g_ptr_array_add (status->former_names, g_steal_pointer (&text));
  else if (g_str_equal (element_name, "constant") && !is_constant_name (text))
    g_set_error (error,
                 SC_STATUS_LOADER_ERROR,
                 SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                 "status %u: “%s” is not the name of a constant",
                 status->code, text);
  else if (g_str_equal (element_name, "constant"))
    status->constants[loader->last_language] = g_steal_pointer (&text);
  else if (g_str_equal (element_name, "text"))
    take_single_text (loader, element_name, (char **)&current_cause (loader)->text,
                      translate (g_steal_pointer (&text)), error);
  else if (g_str_equal (element_name, "check"))
    g_ptr_array_add (loader->checks, g_steal_pointer (&text));
  else
    g_assert_not_reached ();
}

static void
end_status (Loader  *loader,
            GError **error)
{
  ScStatus *status = loader->status;
  const char *missing = NULL;
  g_autofree char *title_context = NULL;
  const char *title;

  if (status->phrase == NULL)
    missing = "phrase";
  else if (status->summary == NULL)
    missing = "summary";
  else if (status->description == NULL)
    missing = "description";
  else if (status->origin == NULL && status->registry_status == SC_REGISTRY_STATUS_UNOFFICIAL)
    missing = "origin";

  if (missing != NULL)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_MISSING_FIELD,
                   "status %u has no <%s>",
                   status->code, missing);
      return;
    }

  /* Who sends a code matters only when no standard defines it. */
  if (status->origin != NULL && status->registry_status != SC_REGISTRY_STATUS_UNOFFICIAL)
    {
      g_set_error (error,
                   SC_STATUS_LOADER_ERROR,
                   SC_STATUS_LOADER_ERROR_INVALID_VALUE,
                   "status %u has an <origin> but is not unofficial",
                   status->code);
      return;
    }

  title_context = g_strdup_printf ("status title %s", status->code_string);
  title = g_dpgettext2 (GETTEXT_PACKAGE, title_context, status->phrase);
  if (title != status->phrase)
    status->title = g_strdup (title);

  g_ptr_array_add (loader->statuses, g_steal_pointer (&loader->status));
  loader_clear_status (loader);
}

static void
loader_end_element (GMarkupParseContext  *context,
                    const char           *element_name,
                    gpointer              user_data,
                    GError              **error)
{
  Loader *loader = user_data;

  if (loader->text != NULL)
    end_text_element (loader, element_name, error);
  else if (g_str_equal (element_name, "status"))
    end_status (loader, error);
  else if (g_str_equal (element_name, "cause"))
    end_cause (loader, error);

  prefix_position (context, error);
}

static const GMarkupParser parser = {
  loader_start_element,
  loader_end_element,
  loader_text,
  NULL,
  NULL,
};

static int
compare_status_codes (gconstpointer a,
                      gconstpointer b)
{
  ScStatus *status_a = *(ScStatus * const *)a;
  ScStatus *status_b = *(ScStatus * const *)b;

  return (int)sc_status_get_code (status_a) - (int)sc_status_get_code (status_b);
}

static gboolean
check_references (Loader  *loader,
                  GError **error)
{
  for (guint i = 0; i < loader->references->len; i++)
    {
      const RelatedReference *reference = &g_array_index (loader->references, RelatedReference, i);

      if (!g_hash_table_contains (loader->line_of_code, GUINT_TO_POINTER (reference->related)))
        {
          g_set_error (error,
                       SC_STATUS_LOADER_ERROR,
                       SC_STATUS_LOADER_ERROR_UNKNOWN_CODE,
                       "Error on line %d char %d: status %u names %u as related, but there is no status %u",
                       reference->line, reference->column,
                       reference->code, reference->related, reference->related);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * sc_status_loader_load_bytes:
 * @data: status data
 * @dates: (out caller-allocates) (optional): where to store the registry
 *   dates the data gives
 * @error: where to report what is wrong with @data, and where
 *
 * Reads status data. @data is read in place, not copied.
 *
 * Returns: (transfer full): a list of #ScStatus sorted by code, or %NULL
 *   with @error set
 */
GListModel *
sc_status_loader_load_bytes (GBytes           *data,
                             ScRegistryDates  *dates,
                             GError          **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(Loader) loader = g_new0 (Loader, 1);
  g_autoptr(GListStore) store = NULL;
  const char *text;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_date_clear (&loader->dates.updated, 1);
  g_date_clear (&loader->dates.checked, 1);
  loader->statuses = g_ptr_array_new_with_free_func (g_object_unref);
  loader->line_of_code = g_hash_table_new (NULL, NULL);
  loader->references = g_array_new (FALSE, FALSE, sizeof (RelatedReference));
  loader->last_language = -1;
  loader->last_platform = -1;

  text = g_bytes_get_data (data, &size);
  context = g_markup_parse_context_new (&parser, 0, loader, NULL);

  if (!g_markup_parse_context_parse (context, text != NULL ? text : "", size, error) ||
      !g_markup_parse_context_end_parse (context, error) ||
      !check_references (loader, error))
    return NULL;

  if (loader->statuses->len == 0)
    {
      g_set_error_literal (error,
                           SC_STATUS_LOADER_ERROR,
                           SC_STATUS_LOADER_ERROR_EMPTY,
                           "The status data holds no status");
      return NULL;
    }

  g_ptr_array_sort (loader->statuses, compare_status_codes);

  store = g_list_store_new (SC_TYPE_STATUS);
  g_list_store_splice (store, 0, 0, loader->statuses->pdata, loader->statuses->len);

  if (dates != NULL)
    *dates = loader->dates;

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * sc_status_loader_load_resource:
 * @path: a path in the application's resources
 * @dates: (out caller-allocates) (optional): where to store the registry
 *   dates the data gives
 * @error: where to report what is wrong
 *
 * Reads status data from a resource, in place.
 *
 * Returns: (transfer full): a list of #ScStatus sorted by code, or %NULL
 *   with @error set
 */
GListModel *
sc_status_loader_load_resource (const char       *path,
                                ScRegistryDates  *dates,
                                GError          **error)
{
  g_autoptr(GBytes) data = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (data == NULL)
    return NULL;

  return sc_status_loader_load_bytes (data, dates, error);
}
