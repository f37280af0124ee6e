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

#include "sc-enums.h"
#include "sc-registry-badge.h"
#include "sc-status-detail.h"

/**
 * ScStatusDetail:
 *
 * Everything about one status, or an empty state when there is none.
 * Its labels follow #ScStatusDetail:status through bindings in the
 * template; the lists of behaviour facts, header fields and related codes
 * are list boxes bound to models that follow it too. Copying is its own
 * action, `detail.copy-description`, after which it emits
 * #ScStatusDetail::copied for the window to confirm; activating a related
 * code emits #ScStatusDetail::show-code for the window to select it.
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
  GtkLabel *description_label;
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
  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
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

  gtk_show_uri_full (GTK_WINDOW (root),
                     sc_status_get_spec_url (self->status),
                     GDK_CURRENT_TIME,
                     NULL,
                     show_uri_cb,
                     g_object_ref (self));
}

static void
copy_description_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL);

  /* Copy what the label shows: the description, in the UI language. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          gtk_label_get_label (self->description_label));

  g_signal_emit (self, signals [COPIED], 0);
}

static void
sc_status_detail_dispose (GObject *object)
{
  ScStatusDetail *self = (ScStatusDetail *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_DETAIL);
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
   *
   * Emitted after the description was put on the clipboard.
   */
  signals [COPIED] =
    g_signal_new ("copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "detail.copy-description", NULL,
                                   copy_description_action);
  gtk_widget_class_install_action (widget_class, "detail.open-spec", NULL,
                                   open_spec_action);

  g_type_ensure (SC_TYPE_REGISTRY_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, description_label);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, facts_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, facts_list);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, headers_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, headers_list);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, related_group);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, related_list);
  /* Named for the tests, which look them up with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "code_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "phrase_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "title_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "summary_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "copy_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "former_names_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "registry_badge", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "spec_row", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "origin_row", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, response_class_label);
  gtk_widget_class_bind_template_callback (widget_class, spec_reference_label);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, has_strings);
  gtk_widget_class_bind_template_callback (widget_class, former_names_label);
  gtk_widget_class_bind_template_callback (widget_class, has_own_title);
  gtk_widget_class_bind_template_callback (widget_class, registry_status_description);
  gtk_widget_class_bind_template_callback (widget_class, on_related_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusdetail");
}

static void
sc_status_detail_init (ScStatusDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-description", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-spec", FALSE);

  self->facts = gtk_string_list_new (NULL);
  self->headers = gtk_string_list_new (NULL);
  self->related = g_list_store_new (SC_TYPE_STATUS);
  gtk_list_box_bind_model (self->facts_list, G_LIST_MODEL (self->facts), create_fact_row, NULL, NULL);
  gtk_list_box_bind_model (self->headers_list, G_LIST_MODEL (self->headers), create_header_row, NULL, NULL);
  gtk_list_box_bind_model (self->related_list, G_LIST_MODEL (self->related), create_related_row, NULL, NULL);
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

  gtk_stack_set_visible_child_name (self->stack, status != NULL ? "status" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-description", status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-spec",
                                 status != NULL && sc_status_get_spec_url (status) != NULL);
  update_lists (self);

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

  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUSES]);
}
