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
 * One status in the sidebar list: its code and phrase, the phrase in the
 * user's language where it differs, its former names (so that a search
 * for one shows why the row matched), and a badge when the code is not a
 * plain standard one.
 *
 * The list makes a row for every status of a short list before its first
 * frame, so a row is built in code rather than from a template, and only
 * with the widgets its statuses need: the plain idiom, a
 * GtkBuilderListItemFactory and a row template bound by expressions, took
 * 1.068x the app's CPU time to its first frame (build-aux/bench.sh's
 * first-frame, 30 interleaved rounds, Debian 12; interquartile 0.99-1.18). Most rows are a code and a phrase,
 * and have only those two labels. The first time a status has a title or
 * former names, the phrase moves into a box of lines that has room for
 * them; the first time a status has a badge, it is added. Each stays,
 * hidden when another status has none. #ScStatusRow:status sets the
 * labels directly; a status never changes.
 */
struct _ScStatusRow
{
  GtkWidget parent_instance;

  ScStatus *status;

  GtkLabel *code_label;
  GtkLabel *phrase_label;
  /* Made on first use: the phrase's lines, the phrase's own line in them,
   * and what may be beside and below it. */
  GtkWidget *text_box;
  GtkWidget *phrase_line;
  GtkLabel *title_label;
  GtkLabel *former_names_label;
  ScRegistryBadge *badge;
};

G_DEFINE_FINAL_TYPE (ScStatusRow, sc_status_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkLabel *
new_text_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return GTK_LABEL (label);
}

/* Moves the phrase, until now beside the code, into lines that have room
 * for the title beside it and the former names below it; they look the
 * same with the phrase alone. */
static void
ensure_text_box (ScStatusRow *self)
{
  g_autoptr(GtkWidget) phrase_label = NULL;

  if (self->text_box != NULL)
    return;

  self->text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (self->text_box, TRUE);
  gtk_widget_set_valign (self->text_box, GTK_ALIGN_CENTER);
  gtk_widget_insert_after (self->text_box, GTK_WIDGET (self), GTK_WIDGET (self->code_label));

  self->phrase_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (self->text_box), self->phrase_line);

  phrase_label = g_object_ref (GTK_WIDGET (self->phrase_label));
  gtk_widget_unparent (phrase_label);
  gtk_widget_set_hexpand (phrase_label, FALSE);
  gtk_widget_set_valign (phrase_label, GTK_ALIGN_FILL);
  gtk_box_append (GTK_BOX (self->phrase_line), phrase_label);
}

/* The phrase in the user's language, beside the phrase. */
static void
show_title (ScStatusRow *self,
            const char  *title)
{
  if (self->title_label == NULL)
    {
      if (title == NULL)
        return;

      ensure_text_box (self);
      self->title_label = new_text_label ();
      gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
      gtk_box_append (GTK_BOX (self->phrase_line), GTK_WIDGET (self->title_label));
    }

  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL);
}

static void
show_former_names (ScStatusRow        *self,
                   const char * const *names)
{
  g_autofree char *text = NULL;

  if (names != NULL && names[0] != NULL)
    text = g_strjoinv (" · ", (char **)names);

  if (self->former_names_label == NULL)
    {
      if (text == NULL)
        return;

      ensure_text_box (self);
      self->former_names_label = new_text_label ();
      gtk_widget_add_css_class (GTK_WIDGET (self->former_names_label), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (self->former_names_label), "dim-label");
      gtk_box_append (GTK_BOX (self->text_box), GTK_WIDGET (self->former_names_label));
    }

  gtk_label_set_label (self->former_names_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->former_names_label), text != NULL);
}

static void
show_registry_status (ScStatusRow      *self,
                      gboolean          shown,
                      ScRegistryStatus  registry_status)
{
  if (self->badge == NULL)
    {
      if (!shown)
        return;

      self->badge = g_object_new (SC_TYPE_REGISTRY_BADGE, NULL);
      gtk_widget_insert_before (GTK_WIDGET (self->badge), GTK_WIDGET (self), NULL);
    }

  if (shown)
    sc_registry_badge_set_registry_status (self->badge, registry_status);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), shown);
}

static void
sc_status_row_dispose (GObject *object)
{
  ScStatusRow *self = (ScStatusRow *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statusrow");
}

static void
sc_status_row_init (ScStatusRow *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->code_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->code_label, 0);
  gtk_widget_set_valign (GTK_WIDGET (self->code_label), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->code_label), "status-row-code");
  gtk_widget_add_css_class (GTK_WIDGET (self->code_label), "numeric");
  gtk_widget_set_parent (GTK_WIDGET (self->code_label), GTK_WIDGET (self));

  /* Until there is more to show, the phrase alone takes the place of
   * the lines. */
  self->phrase_label = new_text_label ();
  gtk_widget_set_hexpand (GTK_WIDGET (self->phrase_label), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->phrase_label), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->phrase_label), GTK_WIDGET (self));
}

/**
 * sc_status_row_new:
 *
 * Returns: (transfer floating): a row showing no status yet
 */
GtkWidget *
sc_status_row_new (void)
{
  return g_object_new (SC_TYPE_STATUS_ROW, NULL);
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

  if (!g_set_object (&self->status, status))
    return;

  gtk_label_set_label (self->code_label, status != NULL ? sc_status_get_code_string (status) : NULL);
  gtk_label_set_label (self->phrase_label, status != NULL ? sc_status_get_phrase (status) : NULL);
  show_title (self, status != NULL && sc_status_has_own_title (status) ? sc_status_get_title (status) : NULL);
  show_former_names (self, status != NULL ? sc_status_get_former_names (status) : NULL);
  show_registry_status (self,
                        status != NULL && sc_status_get_registry_status (status) != SC_REGISTRY_STATUS_STANDARD,
                        status != NULL ? sc_status_get_registry_status (status) : SC_REGISTRY_STATUS_STANDARD);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}
