/* sc-status-detail.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-detail"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-status-detail.h"

/**
 * ScStatusDetail:
 *
 * Everything about one status, or an empty state when there is none.
 * Its labels follow #ScStatusDetail:status through bindings in the
 * template. Copying is its own action, `detail.copy-description`, after
 * which it emits #ScStatusDetail::copied for the window to confirm.
 */
struct _ScStatusDetail
{
  GtkWidget parent_instance;

  ScStatus *status;

  GtkStack *stack;
  GtkLabel *description_label;
};

G_DEFINE_FINAL_TYPE (ScStatusDetail, sc_status_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

enum {
  COPIED,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, ScStatusDetail, description_label);
  /* Named for the tests, which look them up with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "code_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "phrase_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "summary_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "copy_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, response_class_label);
  gtk_widget_class_bind_template_callback (widget_class, spec_reference_label);
  gtk_widget_class_bind_template_callback (widget_class, has_text);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusdetail");
}

static void
sc_status_detail_init (ScStatusDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.copy-description", FALSE);
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

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}
