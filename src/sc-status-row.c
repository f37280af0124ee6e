/* sc-status-row.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-row"

#include "config.h"

#include "sc-registry-badge.h"
#include "sc-status-row.h"

/**
 * ScStatusRow:
 *
 * One status in the sidebar list: its code and phrase, its former names
 * (so that a search for one shows why the row matched), and a badge when
 * the code is not a plain standard one. Everything follows
 * #ScStatusRow:status through bindings in the template.
 */
struct _ScStatusRow
{
  GtkWidget parent_instance;

  ScStatus *status;
};

G_DEFINE_FINAL_TYPE (ScStatusRow, sc_status_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
former_names_label (gpointer            unused,
                    const char * const *names)
{
  if (names == NULL || names[0] == NULL)
    return NULL;

  return g_strjoinv (" · ", (char **)names);
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

static gboolean
is_not_standard (gpointer         unused,
                 ScRegistryStatus registry_status)
{
  return registry_status != SC_REGISTRY_STATUS_STANDARD;
}

static void
sc_status_row_dispose (GObject *object)
{
  ScStatusRow *self = (ScStatusRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_STATUS_ROW);
  g_clear_object (&self->status);

  G_OBJECT_CLASS (sc_status_row_parent_class)->dispose (object);
}

static void
sc_status_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ScStatusRow *self = SC_STATUS_ROW (object);

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
sc_status_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ScStatusRow *self = SC_STATUS_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      sc_status_row_set_status (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_row_class_init (ScStatusRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_status_row_dispose;
  object_class->get_property = sc_status_row_get_property;
  object_class->set_property = sc_status_row_set_property;

  /**
   * ScStatusRow:status:
   *
   * The status shown.
   */
  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL,
                         SC_TYPE_STATUS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_REGISTRY_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-status-row.ui");
  /* Bound so that gtk_widget_dispose_template() unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "box", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, former_names_label);
  gtk_widget_class_bind_template_callback (widget_class, has_strings);
  gtk_widget_class_bind_template_callback (widget_class, has_own_title);
  gtk_widget_class_bind_template_callback (widget_class, is_not_standard);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusrow");
}

static void
sc_status_row_init (ScStatusRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sc_status_row_get_status:
 *
 * Returns: (transfer none) (nullable): the status shown
 */
ScStatus *
sc_status_row_get_status (ScStatusRow *self)
{
  g_return_val_if_fail (SC_IS_STATUS_ROW (self), NULL);

  return self->status;
}

void
sc_status_row_set_status (ScStatusRow *self,
                          ScStatus    *status)
{
  g_return_if_fail (SC_IS_STATUS_ROW (self));
  g_return_if_fail (!status || SC_IS_STATUS (status));

  if (g_set_object (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}
