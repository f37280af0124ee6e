/* sc-status-detail.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-detail"

#include "config.h"

#include <adwaita.h>

#include "sc-compat.h"
#include "sc-copy-format.h"
#include "sc-status-detail.h"
#include "sc-status-page.h"

/**
 * ScStatusDetail:
 *
 * Everything about one status, or an empty state when there is none.
 *
 * The status itself is shown by an #ScStatusPage, made the first time
 * there is a status to show: the window starts with the empty state, and
 * its first frame does not pay for a page it does not show.
 *
 * The detail holds what the page's buttons and menus do: `detail.copy`
 * with the id of an #ScCopyFormat, `detail.copy-description` for the
 * usual one, after which it emits #ScStatusDetail::copied for the window
 * to confirm; `detail.copy-causes` with the id of a platform, likewise;
 * `detail.open-spec`; `detail.open-cause` with the link of a cause; and
 * `detail.show-code`, with which a related code asks the window, through
 * #ScStatusDetail::show-code, to select it.
 */
struct _ScStatusDetail
{
  GtkWidget parent_instance;

  ScStatus *status;
  GListModel *statuses;

  GtkStack *stack;
  GtkWidget *page;
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

static void
launch_uri_cb (GObject      *object,
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

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL && sc_status_get_spec_url (self->status) != NULL);

  sc_launch_uri (widget, sc_status_get_spec_url (self->status), launch_uri_cb, g_object_ref (self));
}

/* detail.open-cause with the link of one of the status's causes. */
static void
open_cause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;
  const char *url = g_variant_get_string (parameter, NULL);
  const ScCause *causes;
  gsize n_causes;

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL);

  /* Only the links the data gives, whoever activates the action. */
  causes = sc_status_get_causes (self->status, &n_causes);
  for (gsize i = 0; i < n_causes; i++)
    {
      if (g_str_equal (causes[i].url, url))
        {
          sc_launch_uri (widget, url, launch_uri_cb, g_object_ref (self));
          return;
        }
    }

  g_critical ("Status %u has no cause with the source “%s”", sc_status_get_code (self->status), url);
}

/* detail.copy-causes with the id of a platform. */
static void
copy_causes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;
  const char *id = g_variant_get_string (parameter, NULL);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  ScPlatform platform;

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL);

  if (!sc_platform_from_id (id, &platform) ||
      (text = sc_copy_causes_dup_text (self->status, platform)) == NULL)
    {
      g_critical ("Status %u has no causes on “%s” to copy", sc_status_get_code (self->status), id);
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  message = sc_copy_causes_dup_message (platform);
  g_signal_emit (self, signals [COPIED], 0, message);
}

/* detail.copy with the id of a format, or detail.copy-description. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ScStatusDetail *self = (ScStatusDetail *)widget;
  const char *id = parameter != NULL ? g_variant_get_string (parameter, NULL) : "description";
  const ScCopyFormat *format = sc_copy_format_lookup (id);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;

  g_assert (SC_IS_STATUS_DETAIL (self));
  g_return_if_fail (self->status != NULL);

  if (format == NULL || (text = sc_copy_format_dup_text (format, self->status)) == NULL)
    {
      g_critical ("Status %u has nothing to copy as “%s”", sc_status_get_code (self->status), id);
      return;
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  message = sc_copy_format_dup_message (format);
  g_signal_emit (self, signals [COPIED], 0, message);
}

static void
show_code_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_assert (SC_IS_STATUS_DETAIL (widget));

  g_signal_emit (widget, signals [SHOW_CODE], 0, g_variant_get_uint32 (parameter));
}

static void
sc_status_detail_dispose (GObject *object)
{
  ScStatusDetail *self = (ScStatusDetail *)object;

  /* The page goes with the stack, a template child. */
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_DETAIL);
  self->page = NULL;
  g_clear_object (&self->status);
  g_clear_object (&self->statuses);

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

  gtk_widget_class_install_action (widget_class, "detail.copy-description", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "detail.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "detail.open-spec", NULL, open_spec_action);
  gtk_widget_class_install_action (widget_class, "detail.open-cause", "s", open_cause_action);
  gtk_widget_class_install_action (widget_class, "detail.copy-causes", "s", copy_causes_action);
  gtk_widget_class_install_action (widget_class, "detail.show-code", "u", show_code_action);

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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-cause", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-causes", FALSE);
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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-cause", status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-causes", status != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-spec",
                                 status != NULL && sc_status_get_spec_url (status) != NULL);

  /* The page follows the detail from the first status on. */
  if (self->page == NULL && status != NULL)
    {
      self->page = sc_status_page_new ();
      g_object_bind_property (self, "status", self->page, "status", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "statuses", self->page, "statuses", G_BINDING_SYNC_CREATE);
      gtk_stack_add_named (self->stack, self->page, "status");
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

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUSES]);
}
