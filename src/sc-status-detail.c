/* sc-status-detail.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-detail"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sc-enums.h"
#include "sc-registry-badge.h"
#include "sc-compat.h"
#include "sc-status-detail.h"

/**
 * ScStatusDetail:
 *
 * Everything about one status, or an empty state when there is none.
 * Its labels follow #ScStatusDetail:status through bindings in the
 * template; the lists of behaviour facts, header fields and related codes
 * are list boxes bound to models that follow it too. Copying is its own
 * action, `detail.copy` with the name of a format (the COPY_ names), and
 * `detail.copy-description` for the usual one; after it the detail emits
 * #ScStatusDetail::copied for the window to confirm. The copy menu is
 * built for each status, since the formats it offers depend on what the
 * status has. Activating a related code emits #ScStatusDetail::show-code
 * for the window to select it.
 *
 * The status page is built from its own resource, sc-status-detail-page.ui,
 * the first time there is a status to show: the window starts with the
 * empty state, and its first frame does not pay for a page it does not
 * show.
 */
struct _ScStatusDetail
{
  GtkWidget parent_instance;

  ScStatus *status;
  GListModel *statuses;

  GtkStringList *facts;
  GtkStringList *headers;
  GListStore *related;

  GtkStack *stack;

  /* The status page and what the code uses of it, once built; the page's
   * objects by their ids, for sc_status_detail_get_page_object(). */
  GtkWidget *page;
  GHashTable *page_objects;
  GtkLabel *description_label;
  AdwSplitButton *copy_button;
  GtkWidget *facts_group;
  GtkListBox *facts_list;
  GtkWidget *headers_group;
  GtkListBox *headers_list;
  GtkWidget *related_group;
  GtkListBox *related_list;
};

/* What the facts mean, in the order the detail lists them. */
static const struct {
  ScStatusFacts fact;
  const char *icon_name;
  const char *title;
  const char *subtitle;
} fact_rows[] = {
  { SC_STATUS_FACT_INTERIM, "content-loading-symbolic",
    N_("Interim Response"),
    N_("Sent before the final response to the same request, which still follows") },
  { SC_STATUS_FACT_NO_CONTENT, "action-unavailable-symbolic",
    N_("Never Has Content"),
    N_("The response ends with its header section") },
  { SC_STATUS_FACT_CACHEABLE, "document-save-symbolic",
    N_("Cacheable by Default"),
    N_("A cache may store and reuse it without explicit freshness information") },
  { SC_STATUS_FACT_RETRYABLE, "view-refresh-symbolic",
    N_("Worth Retrying"),
    N_("The same request may succeed later or over another connection") },
  { SC_STATUS_FACT_KEEPS_METHOD, "object-select-symbolic",
    N_("Keeps the Method"),
    N_("The client repeats the request at the new URI with the same method and content") },
  { SC_STATUS_FACT_MAY_CHANGE_METHOD, "dialog-warning-symbolic",
    N_("May Change the Method"),
    N_("User agents may follow it with GET instead of POST; 307 and 308 forbid that") },
  { SC_STATUS_FACT_CHANGES_TO_GET, "mail-forward-symbolic",
    N_("Followed with GET"),
    N_("The client retrieves the other URI with GET or HEAD, whatever the method of the request") },
};

/* The formats of detail.copy, other than the constants, which are
 * "constant:" and the id of a language. */
#define COPY_DESCRIPTION   "description"
#define COPY_CODE          "code"
#define COPY_CODE_PHRASE   "code-phrase"
#define COPY_STATUS_LINE   "status-line"
#define COPY_SPEC_LINK     "spec-link"
#define COPY_MARKDOWN_LINK "markdown-link"
#define COPY_CONSTANT      "constant:"

G_DEFINE_FINAL_TYPE (ScStatusDetail, sc_status_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_STATUSES,
  N_PROPS
};

enum {
  COPIED,
  SHOW_CODE,
  OPEN_FAILED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static char *
response_class_label (gpointer        unused,
                      ScResponseClass response_class)
{
  /* Translators: a status code class, such as "4xx · Client Error" */
  return g_strdup_printf (_("%dxx · %s"),
                          (int)response_class,
                          sc_response_class_to_string (response_class));
}

static char *
spec_reference_label (gpointer    unused,
                      const char *document,
                      const char *section)
{
  if (document == NULL)
    return NULL;

  if (section == NULL)
    return g_strdup (document);

  /* Translators: where a status code is defined, such as "RFC 9110, section 15.5.5" */
  return g_strdup_printf (_("%s, section %s"), document, section);
}

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL && text[0] != '\0';
}

static gboolean
has_own_title (gpointer  unused,
               ScStatus *status)
{
  return status != NULL && sc_status_has_own_title (status);
}

static gboolean
has_strings (gpointer            unused,
             const char * const *strings)
{
  return strings != NULL && strings[0] != NULL;
}

static char *
former_names_label (gpointer            unused,
                    const char * const *names)
{
  g_autofree char *joined = NULL;

  if (names == NULL || names[0] == NULL)
    return NULL;

  joined = g_strjoinv (" · ", (char **)names);
  /* Translators: followed by earlier or other names of a status, such as
   * "Also known as Payload Too Large · Request Entity Too Large" */
  return g_strdup_printf (_("Also known as %s"), joined);
}

static char *
registry_status_description (gpointer         unused,
                             ScRegistryStatus registry_status)
{
  switch (registry_status)
    {
    case SC_REGISTRY_STATUS_STANDARD:
      return g_strdup (_("Registered"));
    case SC_REGISTRY_STATUS_PROVISIONAL:
      return g_strdup (_("Registered for a limited time, for a specification still in progress"));
    case SC_REGISTRY_STATUS_DEPRECATED:
      return g_strdup (_("Registered, but deprecated: servers should not send it"));
    case SC_REGISTRY_STATUS_OBSOLETED:
      return g_strdup (_("Registered, but its specification is obsolete"));
    case SC_REGISTRY_STATUS_UNUSED:
      return g_strdup (_("Reserved: no longer used, and not assigned to anything else"));
    case SC_REGISTRY_STATUS_UNOFFICIAL:
      return g_strdup (_("Not registered: used by particular software only"));
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
create_fact_row (gpointer item,
                 gpointer user_data)
{
  const char *nick = gtk_string_object_get_string (item);
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (SC_TYPE_STATUS_FACTS);
  GFlagsValue *value = g_flags_get_value_by_nick (flags_class, nick);

  g_return_val_if_fail (value != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fact_rows); i++)
    {
      if (fact_rows[i].fact == (ScStatusFacts)value->value)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fact_rows[i].title));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(fact_rows[i].subtitle));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (fact_rows[i].icon_name));
          return row;
        }
    }

  g_return_val_if_reached (NULL);
}

static GtkWidget *
create_header_row (gpointer item,
                   gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_string_object_get_string (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_add_css_class (row, "monospace");
  return row;
}

static GtkWidget *
create_related_row (gpointer item,
                    gpointer user_data)
{
  ScStatus *status = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s %s",
                                            sc_status_get_code_string (status),
                                            sc_status_get_phrase (status));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sc_status_get_summary (status));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
on_related_row_activated_cb (ScStatusDetail *self,
                             GtkListBoxRow  *row,
                             GtkListBox     *list_box)
{
  g_autoptr(ScStatus) related = NULL;

  g_assert (SC_IS_STATUS_DETAIL (self));

  related = g_list_model_get_item (G_LIST_MODEL (self->related), gtk_list_box_row_get_index (row));
  g_return_if_fail (related != NULL);

  g_signal_emit (self, signals [SHOW_CODE], 0, sc_status_get_code (related));
}

/* Fills the lists that cannot be plain bindings: one row per fact, header
 * field and related code. */
static void
update_lists (ScStatusDetail *self)
{
  g_autoptr(GFlagsClass) flags_class = g_type_class_ref (SC_TYPE_STATUS_FACTS);
  g_autoptr(GPtrArray) related = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) facts = g_strv_builder_new ();
  g_auto(GStrv) fact_nicks = NULL;
  const char * const *headers = NULL;
  ScStatusFacts status_facts = SC_STATUS_FACT_NONE;

  if (self->status != NULL)
    {
      const guint16 *codes;
      gsize n_codes;

      status_facts = sc_status_get_facts (self->status);
      headers = sc_status_get_headers (self->status);

      /* Related codes are looked up in the statuses, when there are any. */
      codes = sc_status_get_related_codes (self->status, &n_codes);
      for (gsize i = 0; self->statuses != NULL && i < n_codes; i++)
        {
          ScStatus *status = sc_status_list_find (self->statuses, codes[i], NULL);

          if (status != NULL)
            g_ptr_array_add (related, status);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (fact_rows); i++)
    if (status_facts & fact_rows[i].fact)
      g_strv_builder_add (facts, g_flags_get_first_value (flags_class, fact_rows[i].fact)->value_nick);
  fact_nicks = g_strv_builder_end (facts);

  gtk_string_list_splice (self->facts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->facts)),
                          (const char * const *)fact_nicks);
  gtk_string_list_splice (self->headers, 0, g_list_model_get_n_items (G_LIST_MODEL (self->headers)),
                          headers);
  g_list_store_splice (self->related, 0, g_list_model_get_n_items (G_LIST_MODEL (self->related)),
                       related->pdata, related->len);

  gtk_widget_set_visible (self->facts_group, fact_nicks[0] != NULL);
  gtk_widget_set_visible (self->headers_group, headers != NULL && headers[0] != NULL);
  gtk_widget_set_visible (self->related_group, related->len > 0);
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ScStatusDetail) self = user_data;
  g_autoptr(GError) error = NULL;

  /* No browser, or none that would start: say so rather than nothing. */
  if (!sc_launch_uri_finish (object, result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not open a link: %s", error->message);
      g_signal_emit (self, signals [OPEN_FAILED], 0);
    }
}

static void
open_spec_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;
  GtkRoot *root = gtk_widget_get_root (widget);

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL && sc_status_get_spec_url (self->status) != NULL);
  g_return_if_fail (GTK_IS_WINDOW (root));

  sc_launch_uri (widget, sc_status_get_spec_url (self->status), show_uri_cb, g_object_ref (self));
}

/* Escapes the text of a menu item, where "_" marks a mnemonic: constants
 * such as SOUP_STATUS_NOT_FOUND must show their underscores. */
static char *
escape_mnemonics (const char *text)
{
  GString *escaped = g_string_new (text);

  g_string_replace (escaped, "_", "__", 0);
  return g_string_free (escaped, FALSE);
}

static void
append_copy_item (GMenu      *section,
                  const char *label,
                  const char *format)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "detail.copy", g_variant_new_string (format));
  g_menu_append_item (section, item);
}

/* "Code — 404": what an item copies, and the text itself where it is short
 * enough to read in a menu. */
static void
append_copy_item_showing (GMenu      *section,
                          const char *what,
                          const char *text,
                          const char *format)
{
  g_autofree char *escaped = escape_mnemonics (text);
  /* Translators: a menu item: what it copies, then the text it copies,
   * such as "Status Line — HTTP/1.1 404 Not Found" or
   * "Python — HTTPStatus.NOT_FOUND" */
  g_autofree char *label = g_strdup_printf (_("%s — %s"), what, escaped);

  append_copy_item (section, label, format);
}

static char *
code_and_phrase (ScStatus *status)
{
  return g_strdup_printf ("%s %s", sc_status_get_code_string (status), sc_status_get_phrase (status));
}

static char *
status_line (ScStatus *status)
{
  return g_strdup_printf ("HTTP/1.1 %s %s", sc_status_get_code_string (status), sc_status_get_phrase (status));
}

static char *
markdown_link (ScStatus *status)
{
  g_autofree char *text = code_and_phrase (status);
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

/* The copy menu for the status shown: only the formats it has. */
static void
update_copy_menu (ScStatusDetail *self)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenu) texts = NULL;
  g_autoptr(GMenu) links = NULL;
  g_autoptr(GMenu) constants = NULL;
  g_autofree char *code_phrase = NULL;
  g_autofree char *line = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), self->status != NULL);

  if (self->status == NULL)
    {
      adw_split_button_set_menu_model (self->copy_button, NULL);
      return;
    }

  menu = g_menu_new ();
  texts = g_menu_new ();
  links = g_menu_new ();
  constants = g_menu_new ();
  code_phrase = code_and_phrase (self->status);
  line = status_line (self->status);

  append_copy_item (texts, _("Description"), COPY_DESCRIPTION);
  append_copy_item_showing (texts, _("Code"), sc_status_get_code_string (self->status), COPY_CODE);
  append_copy_item_showing (texts, _("Code and Phrase"), code_phrase, COPY_CODE_PHRASE);
  append_copy_item_showing (texts, _("Status Line"), line, COPY_STATUS_LINE);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (texts));

  if (sc_status_get_spec_url (self->status) != NULL)
    {
      g_autofree char *document = escape_mnemonics (sc_status_get_spec_document (self->status));
      /* Translators: a menu item that copies the address of the document
       * that defines a status, such as "Link to RFC 9110" */
      g_autofree char *label = g_strdup_printf (_("Link to %s"), document);

      append_copy_item (links, label, COPY_SPEC_LINK);
      /* Translators: a menu item that copies a link written in Markdown,
       * such as "[404 Not Found](https://…)" */
      append_copy_item (links, _("Markdown Link"), COPY_MARKDOWN_LINK);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (links));
    }

  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    {
      const char *constant = sc_status_get_constant (self->status, i);
      g_autofree char *format = NULL;

      if (constant == NULL)
        continue;

      format = g_strconcat (COPY_CONSTANT, sc_language_get_id (i), NULL);
      append_copy_item_showing (constants, sc_language_get_name (i), constant, format);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (constants)) > 0)
    g_menu_append_section (menu, _("Constants"), G_MENU_MODEL (constants));

  adw_split_button_set_menu_model (self->copy_button, G_MENU_MODEL (menu));
}

/* AdwSplitButton 1.2 leaves its dropdown without an accessible name
 * (screen readers hear "GtkMenuButton") and has no API to give it one;
 * its documented CSS nodes end with that menubutton. */
static void
name_copy_dropdown (ScStatusDetail *self)
{
  GtkWidget *dropdown = gtk_widget_get_last_child (GTK_WIDGET (self->copy_button));

  g_return_if_fail (GTK_IS_MENU_BUTTON (dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Copy Formats"),
                                  -1);
}

/* The text to copy in @format, and what the toast then says; %NULL if
 * the status has nothing in that format. */
static char *
format_copy (ScStatusDetail  *self,
             const char      *format,
             char           **message)
{
  ScStatus *status = self->status;
  ScLanguage language;

  if (g_str_equal (format, COPY_DESCRIPTION))
    {
      *message = g_strdup (_("Description copied"));
      /* What the label shows: the description, in the UI language. */
      return g_strdup (gtk_label_get_label (self->description_label));
    }

  if (g_str_equal (format, COPY_CODE))
    {
      *message = g_strdup (_("Code copied"));
      return g_strdup (sc_status_get_code_string (status));
    }

  if (g_str_equal (format, COPY_CODE_PHRASE))
    {
      *message = g_strdup (_("Code and phrase copied"));
      return code_and_phrase (status);
    }

  if (g_str_equal (format, COPY_STATUS_LINE))
    {
      *message = g_strdup (_("Status line copied"));
      return status_line (status);
    }

  if (g_str_equal (format, COPY_SPEC_LINK) && sc_status_get_spec_url (status) != NULL)
    {
      *message = g_strdup (_("Link copied"));
      return g_strdup (sc_status_get_spec_url (status));
    }

  if (g_str_equal (format, COPY_MARKDOWN_LINK) && sc_status_get_spec_url (status) != NULL)
    {
      *message = g_strdup (_("Markdown link copied"));
      return markdown_link (status);
    }

  if (g_str_has_prefix (format, COPY_CONSTANT) &&
      sc_language_from_id (format + strlen (COPY_CONSTANT), &language) &&
      sc_status_get_constant (status, language) != NULL)
    {
      /* Translators: said once a constant was copied; %s is a programming
       * language or library, such as "Python constant copied" */
      *message = g_strdup_printf (_("%s constant copied"), sc_language_get_name (language));
      return g_strdup (sc_status_get_constant (status, language));
    }

  return NULL;
}

static void
copy_format (ScStatusDetail *self,
             const char     *format)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (self->status != NULL);

  text = format_copy (self, format, &message);
  if (text == NULL)
    {
      g_critical ("Status %u has nothing to copy as “%s”", sc_status_get_code (self->status), format);
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  g_signal_emit (self, signals [COPIED], 0, message);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;

  g_assert (SC_IS_STATUS_DETAIL (self));

  copy_format (self, g_variant_get_string (parameter, NULL));
}

static void
copy_description_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;

  g_assert (SC_IS_STATUS_DETAIL (self));

  copy_format (self, COPY_DESCRIPTION);
}

/* Builds the status page, once. */
static void
ensure_page (ScStatusDetail *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) objects = NULL;

  if (self->page != NULL)
    return;

  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (scope, response_class_label);
  gtk_builder_cscope_add_callback (scope, spec_reference_label);
  gtk_builder_cscope_add_callback (scope, has_text);
  gtk_builder_cscope_add_callback (scope, has_strings);
  gtk_builder_cscope_add_callback (scope, former_names_label);
  gtk_builder_cscope_add_callback (scope, has_own_title);
  gtk_builder_cscope_add_callback (scope, registry_status_description);
  gtk_builder_cscope_add_callback (scope, on_related_row_activated_cb);

  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  /* As in a template: the page's bindings and handlers name the detail. */
  gtk_builder_expose_object (builder, "ScStatusDetail", G_OBJECT (self));
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/sc-status-detail-page.ui", &error))
    g_error ("The status page could not be built: %s", error->message);

  self->page = GTK_WIDGET (gtk_builder_get_object (builder, "page"));
  self->description_label = GTK_LABEL (gtk_builder_get_object (builder, "description_label"));
  self->copy_button = ADW_SPLIT_BUTTON (gtk_builder_get_object (builder, "copy_button"));
  self->facts_group = GTK_WIDGET (gtk_builder_get_object (builder, "facts_group"));
  self->facts_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "facts_list"));
  self->headers_group = GTK_WIDGET (gtk_builder_get_object (builder, "headers_group"));
  self->headers_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "headers_list"));
  self->related_group = GTK_WIDGET (gtk_builder_get_object (builder, "related_group"));
  self->related_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "related_list"));

  /* Every object of the page is a widget in it, which lives as long as
   * the page: the table holds no references. */
  self->page_objects = g_hash_table_new (g_str_hash, g_str_equal);
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      const char *id = GTK_IS_BUILDABLE (l->data) ? gtk_buildable_get_buildable_id (l->data) : NULL;

      if (id != NULL && l->data != (gpointer)self)
        g_hash_table_insert (self->page_objects, (gpointer)id, l->data);
    }

  gtk_list_box_bind_model (self->facts_list, G_LIST_MODEL (self->facts), create_fact_row, NULL, NULL);
  gtk_list_box_bind_model (self->headers_list, G_LIST_MODEL (self->headers), create_header_row, NULL, NULL);
  gtk_list_box_bind_model (self->related_list, G_LIST_MODEL (self->related), create_related_row, NULL, NULL);
  name_copy_dropdown (self);

  gtk_stack_add_named (self->stack, self->page, "status");
  update_lists (self);
  update_copy_menu (self);
}

static void
sc_status_detail_dispose (GObject *object)
{
  ScStatusDetail *self = (ScStatusDetail *)object;

  /* The page goes with the stack, a template child. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_DETAIL);
  self->page = NULL;
  g_clear_pointer (&self->page_objects, g_hash_table_unref);
  g_clear_object (&self->status);
  g_clear_object (&self->statuses);
  g_clear_object (&self->facts);
  g_clear_object (&self->headers);
  g_clear_object (&self->related);

  G_OBJECT_CLASS (sc_status_detail_parent_class)->dispose (object);
}

static void
sc_status_detail_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScStatusDetail *self = SC_STATUS_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_object (value, self->status);
      break;

    case PROP_STATUSES:
      g_value_set_object (value, self->statuses);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_detail_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ScStatusDetail *self = SC_STATUS_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      sc_status_detail_set_status (self, g_value_get_object (value));
      break;

    case PROP_STATUSES:
      sc_status_detail_set_statuses (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_detail_class_init (ScStatusDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_status_detail_dispose;
  object_class->get_property = sc_status_detail_get_property;
  object_class->set_property = sc_status_detail_set_property;

  /**
   * ScStatusDetail:status:
   *
   * The status shown, or %NULL for the empty state.
   */
  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL,
                         SC_TYPE_STATUS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScStatusDetail:statuses:
   *
   * Every status, to find the related codes of #ScStatusDetail:status in.
   */
  properties [PROP_STATUSES] =
    g_param_spec_object ("statuses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScStatusDetail::show-code:
   * @code: the code
   *
   * Emitted when the user asks to see another status, such as a related
   * code.
   */
  signals [SHOW_CODE] =
    g_signal_new ("show-code",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * ScStatusDetail::open-failed:
   *
   * Emitted when no app could open the link to the defining document.
   */
  signals [OPEN_FAILED] =
    g_signal_new ("open-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * ScStatusDetail::copied:
   * @message: what was copied, in a few words for a toast, such as
   *   "Description copied", in the UI language
   *
   * Emitted after something was put on the clipboard.
   */
  signals [COPIED] =
    g_signal_new ("copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "detail.copy-description", NULL,
                                   copy_description_action);
  gtk_widget_class_install_action (widget_class, "detail.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "detail.open-spec", NULL,
                                   open_spec_action);

  g_type_ensure (SC_TYPE_REGISTRY_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusdetail");
}

static void
sc_status_detail_init (ScStatusDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-description", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-spec", FALSE);

  self->facts = gtk_string_list_new (NULL);
  self->headers = gtk_string_list_new (NULL);
  self->related = g_list_store_new (SC_TYPE_STATUS);
}

/**
 * sc_status_detail_get_status:
 *
 * Returns: (transfer none) (nullable): the status shown
 */
ScStatus *
sc_status_detail_get_status (ScStatusDetail *self)
{
  g_return_val_if_fail (SC_IS_STATUS_DETAIL (self), NULL);

  return self->status;
}

void
sc_status_detail_set_status (ScStatusDetail *self,
                             ScStatus       *status)
{
  g_return_if_fail (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (!status || SC_IS_STATUS (status));

  if (!g_set_object (&self->status, status))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-description", status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy", status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-spec",
                                 status != NULL && sc_status_get_spec_url (status) != NULL);
  if (status != NULL)
    ensure_page (self);
  if (self->page != NULL)
    {
      update_lists (self);
      update_copy_menu (self);
    }
  gtk_stack_set_visible_child_name (self->stack, status != NULL ? "status" : "empty");

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

/**
 * sc_status_detail_get_statuses:
 *
 * Returns: (transfer none) (nullable): the statuses related codes are
 *   looked up in
 */
GListModel *
sc_status_detail_get_statuses (ScStatusDetail *self)
{
  g_return_val_if_fail (SC_IS_STATUS_DETAIL (self), NULL);

  return self->statuses;
}

void
sc_status_detail_set_statuses (ScStatusDetail *self,
                               GListModel     *statuses)
{
  g_return_if_fail (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (!statuses || G_IS_LIST_MODEL (statuses));

  if (!g_set_object (&self->statuses, statuses))
    return;

  if (self->page != NULL)
    update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUSES]);
}

/**
 * sc_status_detail_get_page_object:
 * @name: the id of an object in sc-status-detail-page.ui
 *
 * Builds the status page if it was not built yet, as the first status
 * shown does, and finds one of its objects. For the tests, which check
 * the page's widgets.
 *
 * Returns: (transfer none) (nullable): the object, or %NULL if the page
 *   has none of that id
 */
GObject *
sc_status_detail_get_page_object (ScStatusDetail *self,
                                  const char     *name)
{
  g_return_val_if_fail (SC_IS_STATUS_DETAIL (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  ensure_page (self);
  return g_hash_table_lookup (self->page_objects, name);
}
