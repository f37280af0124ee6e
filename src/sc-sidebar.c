/* sc-sidebar.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-sidebar"

#include "config.h"

#include "sc-enums.h"
#include "sc-sidebar.h"
#include "sc-status-results.h"
#include "sc-status-row.h"

/**
 * ScSidebar:
 *
 * The searchable list of statuses: the search entry, the class toggles
 * and the list, or "No Results". The model pipeline (statuses → results
 * → selection → list) is declared in the template; #ScSidebar:status is
 * the status selected, which the window's detail shows, and
 * #ScSidebar::activated says that the user chose one to read.
 *
 * The same widget on every platform: the window's shell around it (see
 * sc-window.c) is what differs.
 */
struct _ScSidebar
{
  GtkWidget parent_instance;

  gboolean show_unofficial;
  gboolean single_click_activate;
  /* Whether the selection was moved from the search entry since the
   * results last changed: Enter then shows it, not the best match. */
  gboolean selection_moved;

  GtkSearchEntry *search_entry;
  GtkWidget *class_toggles;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  ScStatusResults *results;
};

G_DEFINE_FINAL_TYPE (ScSidebar, sc_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUSES,
  PROP_STATUS,
  PROP_SHOW_UNOFFICIAL,
  PROP_SINGLE_CLICK_ACTIVATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

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
scroll_to (ScSidebar *self,
           guint      position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_results_changed_cb (ScSidebar  *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *results)
{
  g_assert (SC_IS_SIDEBAR (self));

  self->selection_moved = FALSE;

  /* A new search starts at its best match, not wherever the list was
   * scrolled to before. */
  if (g_list_model_get_n_items (results) > 0)
    scroll_to (self, 0);
}

static void
on_selected_item_changed_cb (ScSidebar *self)
{
  g_assert (SC_IS_SIDEBAR (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

/* A click selects; where the list is a page of its own, a single click
 * activates (#ScSidebar:single-click-activate), and activating a row
 * shows its page. Moving through the list with the keyboard only selects,
 * so that it does not leave the list at every step. */
static void
on_list_activate_cb (ScSidebar   *self,
                     guint        position,
                     GtkListView *list_view)
{
  g_assert (SC_IS_SIDEBAR (self));

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals [ACTIVATED], 0);
}

static gboolean
select_best_match (ScSidebar *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, 0);
  return TRUE;
}

static gboolean
focus_is_in_entry (ScSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL &&
         (focus == GTK_WIDGET (self->search_entry) ||
          gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry)));
}

static void
on_search_activate_cb (ScSidebar      *self,
                       GtkSearchEntry *entry)
{
  g_assert (SC_IS_SIDEBAR (self));

  /* The entry captures the window's keys for typing anywhere, Enter among
   * them: Enter pressed elsewhere, on a row of the detail say, is not the
   * search's. */
  if (!focus_is_in_entry (self))
    return;

  /* Enter takes the result chosen with the arrows, if any, or else the
   * best match. */
  if ((self->selection_moved &&
       gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION) ||
      select_best_match (self))
    g_signal_emit (self, signals [ACTIVATED], 0);
}

static void
on_search_stop_cb (ScSidebar      *self,
                   GtkSearchEntry *entry)
{
  g_assert (SC_IS_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* How many rows the list shows at once, less one so that a page down
 * keeps the last row in sight. */
static guint
rows_per_page (ScSidebar *self)
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
  ScSidebar *self = (ScSidebar *)widget;
  guint n_items;
  guint selected;
  guint position;

  g_assert (SC_IS_SIDEBAR (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  selected = gtk_single_selection_get_selected (self->selection);
  if (n_items == 0)
    return;

  if (selected == GTK_INVALID_LIST_POSITION)
    position = 0;
  else if (g_str_equal (action_name, "sidebar.select-next"))
    position = MIN (selected + 1, n_items - 1);
  else if (g_str_equal (action_name, "sidebar.select-previous"))
    position = selected > 0 ? selected - 1 : 0;
  else if (g_str_equal (action_name, "sidebar.select-next-page"))
    position = MIN (selected + rows_per_page (self), n_items - 1);
  else if (g_str_equal (action_name, "sidebar.select-previous-page"))
    position = selected > rows_per_page (self) ? selected - rows_per_page (self) : 0;
  else
    g_assert_not_reached ();

  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
  self->selection_moved = TRUE;
}

/* Back on screen, as when a narrow window goes back from the detail to
 * the list: the list shows the status selected, wherever it scrolled to
 * while it was away. */
static void
sc_sidebar_map (GtkWidget *widget)
{
  ScSidebar *self = (ScSidebar *)widget;
  guint selected = gtk_single_selection_get_selected (self->selection);

  GTK_WIDGET_CLASS (sc_sidebar_parent_class)->map (widget);

  if (selected != GTK_INVALID_LIST_POSITION)
    scroll_to (self, selected);
}

/* Typing anywhere in the window searches. */
static void
sc_sidebar_root (GtkWidget *widget)
{
  ScSidebar *self = (ScSidebar *)widget;

  GTK_WIDGET_CLASS (sc_sidebar_parent_class)->root (widget);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (gtk_widget_get_root (widget)));
}

static void
sc_sidebar_unroot (GtkWidget *widget)
{
  ScSidebar *self = (ScSidebar *)widget;

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);

  GTK_WIDGET_CLASS (sc_sidebar_parent_class)->unroot (widget);
}

static void
sc_sidebar_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_SIDEBAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_sidebar_parent_class)->dispose (object);
}

static void
sc_sidebar_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ScSidebar *self = SC_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      g_value_set_object (value, sc_sidebar_get_statuses (self));
      break;

    case PROP_STATUS:
      g_value_set_object (value, sc_sidebar_get_status (self));
      break;

    case PROP_SHOW_UNOFFICIAL:
      g_value_set_boolean (value, self->show_unofficial);
      break;

    case PROP_SINGLE_CLICK_ACTIVATE:
      g_value_set_boolean (value, self->single_click_activate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_sidebar_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ScSidebar *self = SC_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STATUSES:
      sc_sidebar_set_statuses (self, g_value_get_object (value));
      break;

    case PROP_SHOW_UNOFFICIAL:
      if (self->show_unofficial != g_value_get_boolean (value))
        {
          self->show_unofficial = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SINGLE_CLICK_ACTIVATE:
      if (self->single_click_activate != g_value_get_boolean (value))
        {
          self->single_click_activate = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_sidebar_class_init (ScSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_sidebar_dispose;
  object_class->get_property = sc_sidebar_get_property;
  object_class->set_property = sc_sidebar_set_property;

  widget_class->map = sc_sidebar_map;
  widget_class->root = sc_sidebar_root;
  widget_class->unroot = sc_sidebar_unroot;

  /**
   * ScSidebar:statuses:
   *
   * Every status, as the loader gave them.
   */
  properties [PROP_STATUSES] =
    g_param_spec_object ("statuses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScSidebar:status:
   *
   * The status selected in the list, if any.
   */
  properties [PROP_STATUS] =
    g_param_spec_object ("status", NULL, NULL,
                         SC_TYPE_STATUS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * ScSidebar:show-unofficial:
   *
   * Whether the list has codes that are not in the IANA registry.
   */
  properties [PROP_SHOW_UNOFFICIAL] =
    g_param_spec_boolean ("show-unofficial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScSidebar:single-click-activate:
   *
   * Whether a click on a row activates it, as where the list is a page of
   * its own rather than beside the detail.
   */
  properties [PROP_SINGLE_CLICK_ACTIVATE] =
    g_param_spec_boolean ("single-click-activate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScSidebar::activated:
   *
   * The user chose the selected status to read: a row was activated, or
   * Enter pressed in the search.
   */
  signals [ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (SC_TYPE_RESPONSE_CLASSES);
  g_type_ensure (SC_TYPE_STATUS);
  g_type_ensure (SC_TYPE_STATUS_RESULTS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/sc-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, ScSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ScSidebar, class_toggles);
  gtk_widget_class_bind_template_child (widget_class, ScSidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, ScSidebar, selection);
  gtk_widget_class_bind_template_child (widget_class, ScSidebar, results);
  gtk_widget_class_bind_template_callback (widget_class, list_page_name);
  gtk_widget_class_bind_template_callback (widget_class, chosen_classes);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_results_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "sidebar.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "sidebar.select-next-page", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "sidebar.select-previous-page", NULL, select_action);
}

static void
sc_sidebar_init (ScSidebar *self)
{
  self->show_unofficial = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * sc_sidebar_get_statuses:
 *
 * Returns: (transfer none) (nullable): every status, unfiltered
 */
GListModel *
sc_sidebar_get_statuses (ScSidebar *self)
{
  g_return_val_if_fail (SC_IS_SIDEBAR (self), NULL);

  return sc_status_results_get_model (self->results);
}

void
sc_sidebar_set_statuses (ScSidebar  *self,
                         GListModel *statuses)
{
  g_return_if_fail (SC_IS_SIDEBAR (self));
  g_return_if_fail (statuses == NULL || G_IS_LIST_MODEL (statuses));

  if (sc_status_results_get_model (self->results) == statuses)
    return;

  sc_status_results_set_model (self->results, statuses);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUSES]);
}

/**
 * sc_sidebar_get_status:
 *
 * Returns: (transfer none) (nullable): the status selected
 */
ScStatus *
sc_sidebar_get_status (ScSidebar *self)
{
  g_return_val_if_fail (SC_IS_SIDEBAR (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * sc_sidebar_search:
 * @search: what to search for
 *
 * Searches for @search as if the user had typed it, and selects the best
 * match, if any.
 */
void
sc_sidebar_search (ScSidebar  *self,
                   const char *search)
{
  g_return_if_fail (SC_IS_SIDEBAR (self));
  g_return_if_fail (search != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  select_best_match (self);
}

static void
show_every_class (ScSidebar *self)
{
  for (GtkWidget *toggle = gtk_widget_get_first_child (self->class_toggles);
       toggle != NULL;
       toggle = gtk_widget_get_next_sibling (toggle))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
}

/* Where @code is in the list as it is now, if it is there. */
static gboolean
find_code (ScSidebar *self,
           guint      code,
           guint     *position)
{
  g_autoptr(ScStatus) status = sc_status_list_find (G_LIST_MODEL (self->selection), code, position);

  return status != NULL;
}

/**
 * sc_sidebar_select_code:
 * @code: a status code
 *
 * Selects @code and scrolls to it. When the search, the class toggles or
 * the unofficial-codes switch hide it, the search is cleared and, if need
 * be, every class and unofficial codes are shown: the user asked for this
 * code by name.
 *
 * Returns: whether the data has @code
 */
gboolean
sc_sidebar_select_code (ScSidebar *self,
                        guint      code)
{
  guint position;

  g_return_val_if_fail (SC_IS_SIDEBAR (self), FALSE);

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
  scroll_to (self, position);
  return TRUE;
}

/**
 * sc_sidebar_focus_search:
 *
 * Moves the focus to the search entry, its text selected to be typed
 * over.
 */
void
sc_sidebar_focus_search (ScSidebar *self)
{
  g_return_if_fail (SC_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
