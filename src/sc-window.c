/* sc-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-enums.h"
#include "sc-status-detail.h"
#include "sc-status-results.h"
#include "sc-status-row.h"
#include "sc-window.h"

/**
 * ScWindow:
 *
 * The main window: the searchable list of statuses beside the detail of
 * the selected one. The model pipeline (statuses → results →
 * selection → list and detail) is declared in the template; this file
 * only hands it the statuses, installs the window's actions and moves
 * the leaflet.
 */
struct _ScWindow
{
  AdwApplicationWindow parent_instance;

  GListModel *statuses;
  GSettings *settings;
  gboolean show_unofficial;
  /* Whether the selection was moved from the search entry since the
   * results last changed: Enter then shows it, not the best match. */
  gboolean selection_moved;

  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkWidget *content;
  GtkWidget *class_toggles;
  GtkSearchEntry *search_entry;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  ScStatusResults *results;
  ScStatusDetail *detail;

  AdwToast *copied_toast;
};

G_DEFINE_FINAL_TYPE (ScWindow, sc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATUSES,
  PROP_SHOW_UNOFFICIAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
list_page_name (gpointer unused,
                guint    n_items)
{
  return g_strdup (n_items > 0 ? "list" : "no-results");
}

/* The classes whose toggles are on, for the filter: none is all. */
static ScResponseClasses
chosen_classes (gpointer unused,
                gboolean informational,
                gboolean successful,
                gboolean redirection,
                gboolean client_error,
                gboolean server_error)
{
  return ((informational ? SC_RESPONSE_CLASSES_INFORMATIONAL : 0) |
          (successful ? SC_RESPONSE_CLASSES_SUCCESSFUL : 0) |
          (redirection ? SC_RESPONSE_CLASSES_REDIRECTION : 0) |
          (client_error ? SC_RESPONSE_CLASSES_CLIENT_ERROR : 0) |
          (server_error ? SC_RESPONSE_CLASSES_SERVER_ERROR : 0));
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  g_assert (GTK_IS_LIST_ITEM (item));

  gtk_list_item_set_child (item, sc_status_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  g_assert (GTK_IS_LIST_ITEM (item));

  sc_status_row_set_status (SC_STATUS_ROW (gtk_list_item_get_child (item)),
                            gtk_list_item_get_item (item));
}

static void
show_content (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_results_changed_cb (ScWindow   *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *results)
{
  g_assert (SC_IS_WINDOW (self));

  self->selection_moved = FALSE;

  /* A new search starts at its best match, not wherever the list was
   * scrolled to before. */
  if (g_list_model_get_n_items (results) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* A click selects; on a folded window, where the list is a page of its
 * own, a single click activates (see the template), and activating a row
 * shows its page. Moving through the list with the keyboard only selects,
 * so that it does not leave the list at every step. */
static void
on_list_activate_cb (ScWindow    *self,
                     guint        position,
                     GtkListView *list_view)
{
  g_assert (SC_IS_WINDOW (self));

  gtk_single_selection_set_selected (self->selection, position);
  show_content (self);
}

static void
show_best_match (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      show_content (self);
    }
}

static void
on_search_activate_cb (ScWindow       *self,
                       GtkSearchEntry *entry)
{
  g_assert (SC_IS_WINDOW (self));

  /* Enter takes the result chosen with the arrows, if any, or else the
   * best match. */
  if (self->selection_moved &&
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    show_content (self);
  else
    show_best_match (self);
}

/* How many rows the list shows at once, less one so that a page down
 * keeps the last row in sight. */
static guint
rows_per_page (ScWindow *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  double upper = gtk_adjustment_get_upper (vadjustment);
  double rows;

  if (upper <= 0)
    return 1;

  rows = gtk_adjustment_get_page_size (vadjustment) * n_items / upper;
  return MAX (2, (guint)rows) - 1;
}

/* The arrows in the search entry: the selection moves through the results
 * and stays in sight, and the focus stays in the entry. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScWindow *self = (ScWindow *)widget;
  guint n_items;
  guint selected;
  guint position;

  g_assert (SC_IS_WINDOW (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  selected = gtk_single_selection_get_selected (self->selection);
  if (n_items == 0)
    return;

  if (selected == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (g_str_equal (action_name, "win.select-next"))
    position = MIN (selected + 1, n_items - 1);
  else if (g_str_equal (action_name, "win.select-previous"))
    position = selected > 0 ? selected - 1 : 0;
  else if (g_str_equal (action_name, "win.select-next-page"))
    position = MIN (selected + rows_per_page (self), n_items - 1);
  else if (g_str_equal (action_name, "win.select-previous-page"))
    position = selected > rows_per_page (self) ? selected - rows_per_page (self) : 0;
  else
    g_assert_not_reached ();

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  self->selection_moved = TRUE;
}

static void
on_search_stop_cb (ScWindow       *self,
                   GtkSearchEntry *entry)
{
  g_assert (SC_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_detail_show_code_cb (ScWindow       *self,
                        guint           code,
                        ScStatusDetail *detail)
{
  g_assert (SC_IS_WINDOW (self));

  sc_window_select_code (self, code);
}

static void
on_detail_open_failed_cb (ScWindow       *self,
                          ScStatusDetail *detail)
{
  g_assert (SC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("No app could open the link")));
}

static void
on_copied_toast_dismissed_cb (ScWindow *self,
                              AdwToast *toast)
{
  g_assert (SC_IS_WINDOW (self));

  if (self->copied_toast == toast)
    self->copied_toast = NULL;
}

static void
on_detail_copied_cb (ScWindow       *self,
                     const char     *message,
                     ScStatusDetail *detail)
{
  AdwToast *toast;

  g_assert (SC_IS_WINDOW (self));

  /* Copying again says so in the toast already shown instead of queueing
   * another. Not by dismissing it and adding a new one: libadwaita 1.2
   * crashes when a toast is dismissed while the overlay still animates
   * (copying twice in quick succession did it). */
  if (self->copied_toast != NULL)
    {
      adw_toast_set_title (self->copied_toast, message);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 3);
  g_signal_connect_object (toast, "dismissed",
                           G_CALLBACK (on_copied_toast_dismissed_cb),
                           self, G_CONNECT_SWAPPED);
  self->copied_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Whether the focused widget has selected text, which Ctrl+C must copy. */
static gboolean
focus_has_text_selection (ScWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (GTK_IS_EDITABLE (focus))
    return gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL);

  if (GTK_IS_LABEL (focus))
    return gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL);

  return FALSE;
}

static gboolean
copy_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  /* Returning FALSE lets the event go on to the focused widget. */
  if (focus_has_text_selection (self) || sc_status_detail_get_status (self->detail) == NULL)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->detail), "detail.copy-description", NULL);
}

/* Ctrl+Shift+C copies "404 Not Found"; no widget copies with it. */
static gboolean
copy_code_phrase_shortcut_cb (GtkWidget *widget,
                              GVariant  *args,
                              gpointer   user_data)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  if (sc_status_detail_get_status (self->detail) == NULL)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self->detail), "detail.copy", "s", "code-phrase");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Back is there only while a folded window shows the detail, so that
 * Escape goes on to do what it does elsewhere. */
static void
update_go_back (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 adw_leaflet_get_folded (self->leaflet) &&
                                 adw_leaflet_get_visible_child (self->leaflet) == self->content);
}

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = (ScWindow *)object;

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  sc_status_results_set_model (self->results, self->statuses);
  sc_status_detail_set_statuses (self->detail, self->statuses);

  /* Where the user left off. */
  if (g_settings_get_uint (self->settings, "selected-code") != 0)
    sc_window_select_code (self, g_settings_get_uint (self->settings, "selected-code"));
}

static gboolean
sc_window_close_request (GtkWindow *window)
{
  ScWindow *self = (ScWindow *)window;
  ScStatus *status = sc_status_detail_get_status (self->detail);
  int width, height;

  g_assert (SC_IS_WINDOW (self));

  /* The default size follows the size the window has while it is neither
   * maximized nor fullscreen: the size to come back to. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_uint (self->settings, "selected-code", status != NULL ? sc_status_get_code (status) : 0);
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (sc_window_parent_class)->close_request (window);
}

static void
sc_window_dispose (GObject *object)
{
  ScWindow *self = (ScWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_WINDOW);
  g_clear_object (&self->statuses);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sc_window_parent_class)->dispose (object);
}

static void
sc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      g_value_set_object (value, self->statuses);
      break;

    case PROP_SHOW_UNOFFICIAL:
      g_value_set_boolean (value, self->show_unofficial);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScWindow *self = SC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      self->statuses = g_value_dup_object (value);
      break;

    case PROP_SHOW_UNOFFICIAL:
      if (self->show_unofficial != g_value_get_boolean (value))
        {
          self->show_unofficial = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_window_class_init (ScWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = sc_window_close_request;

  object_class->constructed = sc_window_constructed;
  object_class->dispose = sc_window_dispose;
  object_class->get_property = sc_window_get_property;
  object_class->set_property = sc_window_set_property;

  /**
   * ScWindow:statuses:
   *
   * Every status, as the loader gave them.
   */
  properties [PROP_STATUSES] =
    g_param_spec_object ("statuses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * ScWindow:show-unofficial:
   *
   * Whether the list has codes that are not in the IANA registry. Saved
   * in the settings, and the state of the `win.show-unofficial` action.
   */
  properties [PROP_SHOW_UNOFFICIAL] =
    g_param_spec_boolean ("show-unofficial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_RESPONSE_CLASSES);
  g_type_ensure (SC_TYPE_STATUS);
  g_type_ensure (SC_TYPE_STATUS_DETAIL);
  g_type_ensure (SC_TYPE_STATUS_RESULTS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, content);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, class_toggles);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, results);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail);
  /* Named for the tests, which look them up with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "list_stack", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "sidebar", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, list_page_name);
  gtk_widget_class_bind_template_callback (widget_class, chosen_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_show_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_open_failed_cb);
  gtk_widget_class_bind_template_child_full (widget_class, "unofficial_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "menu_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "back_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_1xx_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_2xx_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_3xx_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_4xx_toggle", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "class_5xx_toggle", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.select-next-page", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "win.select-previous-page", NULL, select_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-unofficial", "show-unofficial");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
sc_window_init (ScWindow *self)
{
  GtkEventController *controller;

  self->show_unofficial = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (update_go_back), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (update_go_back), self, G_CONNECT_SWAPPED);
  update_go_back (self);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "show-unofficial", self, "show-unofficial", G_SETTINGS_BIND_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* Typing anywhere in the window searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* Ctrl+C copies the description unless the focused widget has a text
   * selection to copy. The focused entry would take every Ctrl+C in the
   * bubble phase, so the window looks first, in the capture phase. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_c, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (copy_shortcut_cb, NULL, NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_callback_action_new (copy_code_phrase_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

ScWindow *
sc_window_new (GtkApplication *application,
               GListModel     *statuses)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (statuses), NULL);

  return g_object_new (SC_TYPE_WINDOW,
                       "application", application,
                       "statuses", statuses,
                       NULL);
}

/**
 * sc_window_get_statuses:
 *
 * Returns: (transfer none): every status, unfiltered
 */
GListModel *
sc_window_get_statuses (ScWindow *self)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), NULL);

  return self->statuses;
}

/**
 * sc_window_search:
 * @search: what to search for
 *
 * Searches for @search as if the user had typed it and pressed Enter:
 * the best match, if any, is selected and shown.
 */
void
sc_window_search (ScWindow   *self,
                  const char *search)
{
  g_return_if_fail (SC_IS_WINDOW (self));
  g_return_if_fail (search != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  show_best_match (self);
}

static void
show_every_class (ScWindow *self)
{
  for (GtkWidget *toggle = gtk_widget_get_first_child (self->class_toggles);
       toggle != NULL;
       toggle = gtk_widget_get_next_sibling (toggle))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
}

/* Where @code is in the list as it is now, if it is there. */
static gboolean
find_code (ScWindow *self,
           guint     code,
           guint    *position)
{
  g_autoptr(ScStatus) status = sc_status_list_find (G_LIST_MODEL (self->selection), code, position);

  return status != NULL;
}

/**
 * sc_window_select_code:
 * @code: a status code
 *
 * Selects and shows @code. When the search, the class toggles or the
 * unofficial-codes switch hide it, the search is cleared and, if need
 * be, every class and unofficial codes are shown: the user asked for
 * this code by name.
 *
 * Returns: whether the data has @code
 */
gboolean
sc_window_select_code (ScWindow *self,
                       guint     code)
{
  guint position;

  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  if (!find_code (self, code, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      if (!find_code (self, code, &position))
        {
          show_every_class (self);
          if (!find_code (self, code, &position))
            {
              g_object_set (self, "show-unofficial", TRUE, NULL);
              if (!find_code (self, code, &position))
                return FALSE;
            }
        }
    }

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  show_content (self);
  return TRUE;
}
