/* sc-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sc-compat.h"
#include "sc-sidebar.h"
#include "sc-status-detail.h"
#include "sc-window.h"

/**
 * ScWindow:
 *
 * The main window: the searchable list of statuses (#ScSidebar) beside
 * the detail of the one selected (#ScStatusDetail), in a shell that puts
 * them side by side or, on a narrow window, one after the other. The
 * shell differs between platforms (see sc-compat.h); this file hands the
 * statuses to the panes, moves between them, routes the detail's toasts
 * and installs the window's actions.
 */
struct _ScWindow
{
  AdwApplicationWindow parent_instance;

  GListModel *statuses;
  GSettings *settings;
  gboolean show_unofficial;

  AdwToastOverlay *toast_overlay;
  GtkWidget *shell;
  GtkMenuButton *menu_button;
  ScSidebar *sidebar;
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

/* The title of the detail's pane: "404 Not Found", or the app's name. */
static char *
detail_title (gpointer  unused,
              ScStatus *status)
{
  if (status == NULL)
    return g_strdup (_("Status Codes"));

  return sc_status_dup_code_phrase (status);
}

/* Shows the detail, on a narrow window; a wide one shows it beside the
 * list already (and keeps it on screen when narrowed, see
 * on_collapsed_changed_cb()). */
static void
show_content (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  if (sc_shell_get_collapsed (self->shell))
    sc_shell_set_show_content (self->shell, TRUE);
}

static void
on_sidebar_activated_cb (ScWindow  *self,
                         ScSidebar *sidebar)
{
  g_assert (SC_IS_WINDOW (self));

  show_content (self);
}

/* Back is there only while a narrow window shows the detail, so that
 * Escape goes on to do what it does elsewhere. */
static void
update_go_back (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 sc_shell_get_collapsed (self->shell) &&
                                 sc_shell_get_show_content (self->shell));
}

/* On a wide window the detail is on screen beside the list: narrowing the
 * window keeps it there, rather than the list. */
static void
on_collapsed_changed_cb (ScWindow *self)
{
  g_assert (SC_IS_WINDOW (self));

  if (sc_shell_get_collapsed (self->shell) && sc_sidebar_get_status (self->sidebar) != NULL)
    sc_shell_set_show_content (self->shell, TRUE);

  update_go_back (self);
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

  if (sc_shell_get_collapsed (self->shell))
    sc_shell_set_show_content (self->shell, FALSE);

  sc_sidebar_focus_search (self->sidebar);
}

/* F10, as GNOME apps open their main menu (see sc_window_init()). */
static void
show_primary_menu_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  gtk_menu_button_popup (self->menu_button);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ScWindow *self = (ScWindow *)widget;

  g_assert (SC_IS_WINDOW (self));

  sc_shell_set_show_content (self->shell, FALSE);
}

static void
sc_window_constructed (GObject *object)
{
  ScWindow *self = (ScWindow *)object;

  G_OBJECT_CLASS (sc_window_parent_class)->constructed (object);

  sc_sidebar_set_statuses (self->sidebar, self->statuses);
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

  g_type_ensure (SC_TYPE_SIDEBAR);
  g_type_ensure (SC_TYPE_STATUS_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, shell);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ScWindow, detail);
  gtk_widget_class_bind_template_callback (widget_class, detail_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_copied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_show_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_open_failed_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "win.show-primary-menu", NULL, show_primary_menu_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-unofficial", "show-unofficial");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  /* Escape leaves the detail of a narrow window, as Alt+Left does (the
   * shell's own shortcut); elsewhere it goes on to the focused widget. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.go-back", NULL);
}

static void
sc_window_init (ScWindow *self)
{
  GtkEventController *controller;

  self->show_unofficial = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->shell, SC_SHELL_NOTIFY_COLLAPSED,
                           G_CALLBACK (on_collapsed_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shell, SC_SHELL_NOTIFY_SHOWN,
                           G_CALLBACK (update_go_back), self, G_CONNECT_SWAPPED);
  update_go_back (self);

  /* The window opens ready to search. */
  sc_sidebar_focus_search (self->sidebar);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "show-unofficial", self, "show-unofficial", G_SETTINGS_BIND_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

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
  /* F10 opens the main menu, seen before GtkWindow's own F10, which on
   * GTK 4.24 takes the key without opening a primary menu. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F10, 0),
                                                          gtk_named_action_new ("win.show-primary-menu")));
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

  sc_sidebar_search (self->sidebar, search);
  if (sc_sidebar_get_status (self->sidebar) != NULL)
    show_content (self);
}

/**
 * sc_window_select_code:
 * @code: a status code
 *
 * Selects and shows @code, whatever the search, the class toggles or the
 * unofficial-codes switch hid (see sc_sidebar_select_code()).
 *
 * Returns: whether the data has @code
 */
gboolean
sc_window_select_code (ScWindow *self,
                       guint     code)
{
  g_return_val_if_fail (SC_IS_WINDOW (self), FALSE);

  if (!sc_sidebar_select_code (self->sidebar, code))
    return FALSE;

  show_content (self);
  return TRUE;
}
