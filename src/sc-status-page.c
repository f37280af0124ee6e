/* sc-status-page.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "sc-copy-format.h"
#include "sc-registry-badge.h"
#include "sc-status-page.h"

/**
 * ScStatusPage:
 *
 * Everything about one status: its labels follow #ScStatusPage:status
 * through bindings in the template; the behaviour facts, header fields,
 * related codes, common causes and the copy menu are made here for each
 * status.
 *
 * It is the inside of #ScStatusDetail, which makes it for the first status
 * shown: its buttons, menu items and related codes name the detail's
 * actions (`detail.copy`, `detail.copy-description`, `detail.open-spec`,
 * `detail.show-code`, `detail.open-cause`, `detail.copy-causes`).
 */
struct _ScStatusPage
{
  AdwBin parent_instance;

  ScStatus *status;
  GListModel *statuses;

  AdwSplitButton *copy_button;
  GtkWidget *facts_group;
  GtkListBox *facts_list;
  GtkWidget *headers_group;
  GtkListBox *headers_list;
  GtkWidget *related_group;
  GtkListBox *related_list;
  GtkWidget *causes_group;
  GtkListBox *causes_list;
};

/* What the facts mean, in the order the page lists them. */
static const struct {
  ScStatusFacts fact;
  const char *icon_name;
  const char *title;
  const char *subtitle;
} facts[] = {
  { SC_STATUS_FACT_INTERIM, "content-loading-symbolic",
    N_("Interim Response"),
    N_("Sent before the final response to the same request; after 101, the new protocol takes over instead") },
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

G_DEFINE_FINAL_TYPE (ScStatusPage, sc_status_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_STATUSES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

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
  return g_strdup (sc_registry_status_describe (registry_status));
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

/* A link: activating it shows that code, through detail.show-code. */
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
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "detail.show-code");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", sc_status_get_code (status));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* A cause: what happens, what to check (in monospace: literals, as the
 * software writes them) and where its vendor says so. Activating it opens
 * that document, through detail.open-cause. */
static GtkWidget *
create_cause_row (const ScCause *cause)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) checks = g_string_new (NULL);
  g_autoptr(GUri) uri = g_uri_parse (cause->url, G_URI_FLAGS_NONE, NULL);
  g_autofree char *title = g_markup_escape_text (cause->text, -1);
  g_autofree char *check_line = NULL;
  g_autofree char *source = NULL;
  g_autofree char *escaped_source = NULL;
  g_autofree char *subtitle = NULL;

  for (guint i = 0; cause->checks[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (cause->checks[i], -1);

      g_string_append_printf (checks, "%s<tt>%s</tt>", i > 0 ? ", " : "", escaped);
    }
  check_line = g_strdup_printf (_("Check: %s"), checks->str);
  source = g_strdup_printf (_("Source: %s"), uri != NULL ? g_uri_get_host (uri) : cause->url);
  escaped_source = g_markup_escape_text (source, -1);
  subtitle = g_strdup_printf ("%s\n%s", check_line, escaped_source);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, cause->url);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "detail.open-cause");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", cause->url);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("adw-external-link-symbolic"));
  return row;
}

/* Fills a platform's row with its causes, and a last row to copy them,
 * the first time it opens: a code can have dozens, and building them all
 * for every code shown made moving through the list lag (showing 502
 * took 470 ms more CPU on Debian 12). */
static void
on_platform_row_expanded_cb (ScStatusPage   *self,
                             GParamSpec     *pspec,
                             AdwExpanderRow *expander)
{
  ScPlatform platform = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (expander), "sc-platform"));
  const char *name = sc_platform_get_name (platform);
  GtkWidget *copy_row;
  gsize n_causes;
  const ScCause *causes = sc_status_get_causes (self->status, &n_causes);
  g_autofree char *copy_title = NULL;

  if (!adw_expander_row_get_expanded (expander))
    return;
  g_signal_handlers_disconnect_by_func (expander, on_platform_row_expanded_cb, self);

  for (gsize i = 0; i < n_causes; i++)
    if (causes[i].platform == platform)
      adw_expander_row_add_row (expander, create_cause_row (&causes[i]));

  /* Translators: a button that copies a platform's causes, such as
   * "Copy the Causes on nginx" */
  copy_title = g_strdup_printf (_("Copy the Causes on %s"), name);
  copy_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (copy_row), copy_title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (copy_row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (copy_row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy_row), "detail.copy-causes");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (copy_row), "s", sc_platform_get_id (platform));
  adw_action_row_add_prefix (ADW_ACTION_ROW (copy_row), gtk_image_new_from_icon_name ("edit-copy-symbolic"));
  adw_expander_row_add_row (expander, copy_row);
}

/* A platform's causes, @n_causes of them, in a collapsed row that screen
 * readers name with the platform; its rows are made when it opens. */
static GtkWidget *
create_platform_row (ScStatusPage *self,
                     ScPlatform    platform,
                     gsize         n_causes)
{
  GtkWidget *expander = adw_expander_row_new ();
  const char *name = sc_platform_get_name (platform);
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;

  /* Translators: how many causes a platform has, under its name */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cause", "%u causes", n_causes), (guint)n_causes);
  /* Translators: the accessible name of a platform's causes, such as
   * "Common causes on nginx" */
  label = g_strdup_printf (_("Common causes on %s"), name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (expander), "sc-platform", GUINT_TO_POINTER (platform));
  g_signal_connect_object (expander, "notify::expanded",
                           G_CALLBACK (on_platform_row_expanded_cb), self,
                           G_CONNECT_SWAPPED);

  return expander;
}

/* The causes of the status, a row for each platform, in the data's order
 * of platforms; the group only when there are any. */
static void
update_causes (ScStatusPage *self)
{
  const ScCause *causes = NULL;
  gsize n_causes = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->causes_list))) != NULL)
    gtk_list_box_remove (self->causes_list, child);

  if (self->status != NULL)
    causes = sc_status_get_causes (self->status, &n_causes);

  /* The loader keeps a platform's causes together. */
  for (gsize start = 0, end; start < n_causes; start = end)
    {
      for (end = start + 1; end < n_causes && causes[end].platform == causes[start].platform; end++)
        ;
      gtk_list_box_append (self->causes_list,
                           create_platform_row (self, causes[start].platform, end - start));
    }

  gtk_widget_set_visible (self->causes_group, n_causes > 0);
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

/* The copy menu: the formats the status has, a section for each group. */
static void
update_copy_menu (ScStatusPage *self)
{
  g_autoptr(GMenu) menu = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), self->status != NULL);

  if (self->status == NULL)
    {
      adw_split_button_set_menu_model (self->copy_button, NULL);
      return;
    }

  menu = g_menu_new ();
  for (ScCopyGroup group = SC_COPY_GROUP_TEXT; group <= SC_COPY_GROUP_CONSTANT; group++)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      const ScCopyFormat *format;

      for (guint i = 0; (format = sc_copy_format_get_nth (i)) != NULL; i++)
        {
          g_autofree char *label = NULL;
          g_autofree char *escaped = NULL;
          g_autoptr(GMenuItem) item = NULL;

          if (sc_copy_format_get_group (format) != group ||
              (label = sc_copy_format_dup_label (format, self->status)) == NULL)
            continue;

          escaped = escape_mnemonics (label);
          item = g_menu_item_new (escaped, NULL);
          g_menu_item_set_action_and_target_value (item, "detail.copy",
                                                   g_variant_new_string (sc_copy_format_get_id (format)));
          g_menu_append_item (section, item);
        }

      if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
        g_menu_append_section (menu,
                               group == SC_COPY_GROUP_CONSTANT ? _("Constants") : NULL,
                               G_MENU_MODEL (section));
    }

  adw_split_button_set_menu_model (self->copy_button, G_MENU_MODEL (menu));
}

/* Shows the facts, header fields and related codes of the status, and
 * each group only if it has any. */
static void
update_lists (ScStatusPage *self)
{
  g_autoptr(GListStore) related = g_list_store_new (SC_TYPE_STATUS);
  g_autoptr(GtkStringList) headers = NULL;
  ScStatusFacts status_facts = SC_STATUS_FACT_NONE;
  GtkWidget *fact_row = gtk_widget_get_first_child (GTK_WIDGET (self->facts_list));

  if (self->status != NULL)
    {
      const guint16 *codes;
      gsize n_codes;

      status_facts = sc_status_get_facts (self->status);
      headers = gtk_string_list_new (sc_status_get_headers (self->status));

      /* Related codes are looked up in the statuses, when there are any. */
      codes = sc_status_get_related_codes (self->status, &n_codes);
      for (gsize i = 0; self->statuses != NULL && i < n_codes; i++)
        {
          g_autoptr(ScStatus) status = sc_status_list_find (self->statuses, codes[i], NULL);

          if (status != NULL)
            g_list_store_append (related, status);
        }
    }
  else
    headers = gtk_string_list_new (NULL);

  /* The list has a row for each fact, in the order of the table. */
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++, fact_row = gtk_widget_get_next_sibling (fact_row))
    gtk_widget_set_visible (fact_row, (status_facts & facts[i].fact) != 0);

  gtk_list_box_bind_model (self->headers_list, G_LIST_MODEL (headers), create_header_row, NULL, NULL);
  gtk_list_box_bind_model (self->related_list, G_LIST_MODEL (related), create_related_row, NULL, NULL);

  gtk_widget_set_visible (self->facts_group, status_facts != SC_STATUS_FACT_NONE);
  gtk_widget_set_visible (self->headers_group, g_list_model_get_n_items (G_LIST_MODEL (headers)) > 0);
  gtk_widget_set_visible (self->related_group, g_list_model_get_n_items (G_LIST_MODEL (related)) > 0);
}

/* AdwSplitButton 1.2 leaves its dropdown without an accessible name
 * (screen readers hear "GtkMenuButton") and has no API to give it one;
 * its documented CSS nodes end with that menubutton. */
static void
name_copy_dropdown (ScStatusPage *self)
{
  GtkWidget *dropdown = gtk_widget_get_last_child (GTK_WIDGET (self->copy_button));

  g_return_if_fail (GTK_IS_MENU_BUTTON (dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Copy Formats"),
                                  -1);
}

static void
set_status (ScStatusPage *self,
            ScStatus     *status)
{
  if (!g_set_object (&self->status, status))
    return;

  update_lists (self);
  update_causes (self);
  update_copy_menu (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

static void
set_statuses (ScStatusPage *self,
              GListModel   *statuses)
{
  if (!g_set_object (&self->statuses, statuses))
    return;

  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUSES]);
}

static void
sc_status_page_dispose (GObject *object)
{
  ScStatusPage *self = (ScStatusPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_PAGE);
  g_clear_object (&self->status);
  g_clear_object (&self->statuses);

  G_OBJECT_CLASS (sc_status_page_parent_class)->dispose (object);
}

static void
sc_status_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ScStatusPage *self = SC_STATUS_PAGE (object);

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
sc_status_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ScStatusPage *self = SC_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      set_status (self, g_value_get_object (value));
      break;

    case PROP_STATUSES:
      set_statuses (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_page_class_init (ScStatusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_status_page_dispose;
  object_class->get_property = sc_status_page_get_property;
  object_class->set_property = sc_status_page_set_property;

  /**
   * ScStatusPage:status:
   *
   * The status shown.
   */
  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL,
                         SC_TYPE_STATUS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScStatusPage:statuses:
   *
   * Every status, to find the related codes of #ScStatusPage:status in.
   */
  properties [PROP_STATUSES] =
    g_param_spec_object ("statuses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_REGISTRY_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, headers_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, headers_list);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, related_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, related_list);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, causes_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusPage, causes_list);
  gtk_widget_class_bind_template_callback (widget_class, response_class_label);
  gtk_widget_class_bind_template_callback (widget_class, spec_reference_label);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, has_own_title);
  gtk_widget_class_bind_template_callback (widget_class, has_strings);
  gtk_widget_class_bind_template_callback (widget_class, former_names_label);
  gtk_widget_class_bind_template_callback (widget_class, registry_status_description);
}

static void
sc_status_page_init (ScStatusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(facts[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(facts[i].subtitle));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (facts[i].icon_name));
      gtk_list_box_append (self->facts_list, row);
    }

  name_copy_dropdown (self);
  update_lists (self);
  update_causes (self);
  update_copy_menu (self);
}

GtkWidget *
sc_status_page_new (void)
{
  return g_object_new (SC_TYPE_STATUS_PAGE, NULL);
}
