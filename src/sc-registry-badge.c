/* sc-registry-badge.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-registry-badge"

#include "config.h"

#include "sc-enums.h"
#include "sc-registry-badge.h"

/**
 * ScRegistryBadge:
 *
 * A small coloured label that says where a code stands in the IANA
 * registry: "Registered", "Deprecated", "Unofficial"…, with a tooltip
 * that says what that means and who said so (see
 * sc_registry_status_describe()). Its style class is the registry
 * status's nick, so that style.css colours each with the theme's named
 * colours, which follow dark and high-contrast styles.
 */
struct _ScRegistryBadge
{
  GtkWidget parent_instance;

  ScRegistryStatus registry_status;
  GtkLabel *label;
};

G_DEFINE_FINAL_TYPE (ScRegistryBadge, sc_registry_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REGISTRY_STATUS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char *
registry_status_nick (ScRegistryStatus registry_status)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (SC_TYPE_REGISTRY_STATUS);
  GEnumValue *value = g_enum_get_value (enum_class, registry_status);

  g_return_val_if_fail (value != NULL, NULL);

  /* Nicks live as long as the type, which is static. */
  return value->value_nick;
}

static void
update (ScRegistryBadge *self)
{
  const char *css_classes[] = { "badge", registry_status_nick (self->registry_status), NULL };

  gtk_label_set_label (self->label, sc_registry_status_to_string (self->registry_status));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), sc_registry_status_describe (self->registry_status));
  gtk_widget_set_css_classes (GTK_WIDGET (self), css_classes);
}

static void
sc_registry_badge_dispose (GObject *object)
{
  ScRegistryBadge *self = (ScRegistryBadge *)object;

  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->label)));

  G_OBJECT_CLASS (sc_registry_badge_parent_class)->dispose (object);
}

static void
sc_registry_badge_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScRegistryBadge *self = SC_REGISTRY_BADGE (object);

  switch (prop_id)
    {
    case PROP_REGISTRY_STATUS:
      g_value_set_enum (value, self->registry_status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_registry_badge_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScRegistryBadge *self = SC_REGISTRY_BADGE (object);

  switch (prop_id)
    {
    case PROP_REGISTRY_STATUS:
      sc_registry_badge_set_registry_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_registry_badge_class_init (ScRegistryBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_registry_badge_dispose;
  object_class->get_property = sc_registry_badge_get_property;
  object_class->set_property = sc_registry_badge_set_property;

  /**
   * ScRegistryBadge:registry-status:
   *
   * The registry status shown.
   */
  properties [PROP_REGISTRY_STATUS] =
    g_param_spec_enum ("registry-status", NULL, NULL,
                       SC_TYPE_REGISTRY_STATUS, SC_REGISTRY_STATUS_STANDARD,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "registrybadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sc_registry_badge_init (ScRegistryBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update (self);
}

ScRegistryStatus
sc_registry_badge_get_registry_status (ScRegistryBadge *self)
{
  g_return_val_if_fail (SC_IS_REGISTRY_BADGE (self), SC_REGISTRY_STATUS_STANDARD);

  return self->registry_status;
}

void
sc_registry_badge_set_registry_status (ScRegistryBadge  *self,
                                       ScRegistryStatus  registry_status)
{
  g_return_if_fail (SC_IS_REGISTRY_BADGE (self));

  if (self->registry_status == registry_status)
    return;

  self->registry_status = registry_status;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REGISTRY_STATUS]);
}
