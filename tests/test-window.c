/* test-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window, in-process, on a real (headless) display: search,
 * select, copy, and read the clipboard back. Keys are pressed as a user
 * presses them: real key events through the X server (XTest).
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <X11/Xatom.h>
#include <X11/extensions/XTest.h>

#include "sc-registry-badge.h"
#include "sc-search-query.h"
#include "sc-sidebar.h"
#include "sc-status.h"
#include "sc-status-detail.h"
#include "sc-status-loader.h"
#include "sc-status-page.h"
#include "sc-window.h"
#include "window-fixture.h"

/* A connection of the test's own to the X server, to press keys through
 * it as a keyboard would, and to do what a window manager would. */
static Display *
test_x_display (void)
{
  static Display *xdisplay;

  if (xdisplay == NULL)
    xdisplay = XOpenDisplay (NULL);
  g_assert_nonnull (xdisplay);

  return xdisplay;
}

/* The fixture's window as the X server knows it: the top-level window of
 * this process (GTK sets _NET_WM_PID) that has the window's title. */
static Window
find_x_window (Fixture *fixture)
{
  Display *xdisplay = test_x_display ();
  Atom pid_atom = XInternAtom (xdisplay, "_NET_WM_PID", False);
  Window root, parent, *children = NULL;
  Window found = None;
  unsigned int n_children = 0;

  XQueryTree (xdisplay, DefaultRootWindow (xdisplay), &root, &parent, &children, &n_children);
  for (unsigned int i = 0; i < n_children && found == None; i++)
    {
      unsigned char *pid = NULL;
      char *name = NULL;
      unsigned long n_items, bytes_after;
      Atom type;
      int format;

      if (XGetWindowProperty (xdisplay, children[i], pid_atom, 0, 1, False, XA_CARDINAL,
                              &type, &format, &n_items, &bytes_after, &pid) == Success &&
          pid != NULL && n_items == 1 && *(unsigned long *)(gpointer)pid == (unsigned long)getpid () &&
          XFetchName (xdisplay, children[i], &name) && name != NULL &&
          g_strcmp0 (name, gtk_window_get_title (GTK_WINDOW (fixture->window))) == 0)
        found = children[i];

      if (pid != NULL)
        XFree (pid);
      if (name != NULL)
        XFree (name);
    }
  if (children != NULL)
    XFree (children);

  g_assert_true (found != None);
  return found;
}

/* Gives the window the keyboard focus, as a window manager would: the
 * test's X server has none. */
static void
focus_window (Fixture *fixture)
{
  Display *xdisplay = test_x_display ();

  XSetInputFocus (xdisplay, find_x_window (fixture), RevertToParent, CurrentTime);
  XFlush (xdisplay);
  WAIT_UNTIL (gtk_window_is_active (GTK_WINDOW (fixture->window)));
}

static void
send_key (Display *xdisplay,
          guint    keyval,
          gboolean press)
{
  KeyCode keycode = XKeysymToKeycode (xdisplay, keyval);

  g_assert_cmpuint (keycode, !=, 0);
  XTestFakeKeyEvent (xdisplay, keycode, press, CurrentTime);
}

/* Presses and releases @accelerator ("Down", "<Alt>Left"), then lets the
 * window act on it. */
static void
press (Fixture    *fixture,
       const char *accelerator)
{
  Display *xdisplay = test_x_display ();
  const struct {
    GdkModifierType mask;
    guint keyval;
  } modifiers[] = {
    { GDK_CONTROL_MASK, GDK_KEY_Control_L },
    { GDK_SHIFT_MASK, GDK_KEY_Shift_L },
    { GDK_ALT_MASK, GDK_KEY_Alt_L },
  };
  GdkModifierType mods;
  guint keyval;

  g_assert_true (gtk_window_is_active (GTK_WINDOW (fixture->window)));
  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &mods));

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    if (mods & modifiers[i].mask)
      send_key (xdisplay, modifiers[i].keyval, TRUE);
  send_key (xdisplay, keyval, TRUE);
  send_key (xdisplay, keyval, FALSE);
  for (guint i = G_N_ELEMENTS (modifiers); i > 0; i--)
    if (mods & modifiers[i - 1].mask)
      send_key (xdisplay, modifiers[i - 1].keyval, FALSE);
  XFlush (xdisplay);
  settle ();
}

/* Types @text, of characters that need no Shift, a key at a time. */
static void
type_keys (Fixture    *fixture,
           const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      press (fixture, *c == ' ' ? "space" : key);
    }
}

/* Whether the window shows the list and the detail side by side (not
 * collapsed), or else which of them. */
static gboolean
collapsed (Fixture *fixture)
{
  return sc_shell_get_collapsed (fixture->shell);
}

static gboolean
shows_detail_alone (Fixture *fixture)
{
  return collapsed (fixture) && sc_shell_get_show_content (fixture->shell);
}

static gboolean
shows_list_alone (Fixture *fixture)
{
  return collapsed (fixture) && !sc_shell_get_show_content (fixture->shell);
}

/* The button on screen that goes back to the list, if any: the split
 * view's header bar's own, or the one in the leaflet's. */
static GtkWidget *
find_back_button (GtkWidget *root)
{
  if (GTK_IS_ACTIONABLE (root) && gtk_widget_is_drawable (root) &&
      (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "navigation.pop") == 0 ||
       g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "win.go-back") == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_back_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
back_button_drawable (Fixture *fixture)
{
  return find_back_button (GTK_WIDGET (fixture->window)) != NULL;
}

static gboolean
focus_is_in (Fixture   *fixture,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_window_starts_with_everything (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkStack *list_stack = template_child (fixture, GTK_TYPE_STACK, "list_stack");

  g_assert_cmpuint (n_results (fixture), ==, g_list_model_get_n_items (fixture->statuses));
  g_assert_null (selected_status (fixture));
  g_assert_null (sc_status_detail_get_status (fixture->detail));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  g_assert_false (collapsed (fixture));

  /* The detail says nothing is selected, and there is nothing to copy. */
  g_assert_true (shows_text (GTK_WIDGET (fixture->detail), "No Status Code Selected"));
  g_assert_null (find_widget (GTK_WIDGET (fixture->detail), ADW_TYPE_SPLIT_BUTTON, NULL));

  /* The list shows rows of code and phrase. */
  g_assert_true (shows_text (template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view"), "100"));
  g_assert_true (shows_text (template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view"), "Continue"));
}

/* The window starts with only what its first frame shows: the detail's
 * status page is built for the first status shown, and no sooner. */
static void
test_window_builds_status_page_on_first_use (Fixture       *fixture,
                                             gconstpointer  data)
{
  GtkWidget *detail = GTK_WIDGET (fixture->detail);
  GtkWidget *page;

  g_assert_null (find_widget (detail, SC_TYPE_STATUS_PAGE, NULL));

  g_assert_true (sc_window_select_code (fixture->window, 404));
  settle ();
  page = find_widget (detail, SC_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_is_drawable (page));
  g_assert_nonnull (find_widget (page, ADW_TYPE_SPLIT_BUTTON, NULL));
  g_assert_true (shows_text (page, "Not Found"));

  /* Back to nothing selected: the empty state, and the same page later. */
  gtk_single_selection_set_selected (fixture->selection, GTK_INVALID_LIST_POSITION);
  settle ();
  g_assert_true (shows_text (detail, "No Status Code Selected"));
  WAIT_UNTIL (!gtk_widget_is_drawable (page));
  g_assert_true (sc_window_select_code (fixture->window, 200));
  settle ();
  g_assert_true (find_widget (detail, SC_TYPE_STATUS_PAGE, NULL) == page);
  g_assert_true (gtk_widget_is_drawable (page));
  g_assert_true (shows_text (page, "OK"));
}

static void
test_window_search_select_copy (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");
  GtkWidget *detail = GTK_WIDGET (fixture->detail);
  GtkWidget *copy_button;
  GtkWidget *toast_overlay = template_child (fixture, ADW_TYPE_TOAST_OVERLAY, "toast_overlay");
  g_autofree char *clipboard_text = NULL;
  ScStatus *status;

  type_search (fixture, "404");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_true (shows_text (list_view, "404"));
  g_assert_true (shows_text (list_view, "Not Found"));
  g_assert_false (shows_text (list_view, "Continue"));

  /* Enter in the search entry takes the first result. */
  g_signal_emit_by_name (fixture->search_entry, "activate");
  settle ();
  status = selected_status (fixture);
  g_assert_nonnull (status);
  g_assert_cmpuint (sc_status_get_code (status), ==, 404);
  g_assert_true (sc_status_detail_get_status (fixture->detail) == status);

  /* The detail shows it. */
  g_assert_true (shows_text (detail, "404"));
  g_assert_true (shows_text (detail, "Not Found"));
  g_assert_true (shows_text (detail, "4xx · Client Error"));
  g_assert_true (shows_text (detail, sc_status_get_summary (status)));
  g_assert_true (shows_text (detail, sc_status_get_description (status)));
  g_assert_false (shows_text (toast_overlay, "Description copied"));

  /* The button puts exactly the description shown on the clipboard. */
  copy_button = find_widget (detail, ADW_TYPE_SPLIT_BUTTON, NULL);
  g_assert_nonnull (copy_button);
  g_assert_true (gtk_widget_is_sensitive (copy_button));
  g_assert_false (gdk_clipboard_is_local (gtk_widget_get_clipboard (copy_button)));
  gtk_widget_activate (copy_button);
  /* A button activated from the keyboard clicks after a short press. */
  WAIT_UNTIL (gdk_clipboard_is_local (gtk_widget_get_clipboard (copy_button)));
  clipboard_text = read_clipboard (fixture);
  g_assert_cmpstr (clipboard_text, ==, sc_status_get_description (status));

  /* And a toast says so. */
  settle ();
  g_assert_true (shows_text (toast_overlay, "Description copied"));
}

static void
test_window_selection_follows_search (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkStack *list_stack = template_child (fixture, GTK_TYPE_STACK, "list_stack");
  GtkWidget *copy_button;
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), i);

      if (sc_status_get_code (status) == 404)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  gtk_single_selection_set_selected (fixture->selection, position);
  settle ();
  copy_button = find_widget (GTK_WIDGET (fixture->detail), ADW_TYPE_SPLIT_BUTTON, NULL);
  g_assert_true (gtk_widget_is_sensitive (copy_button));

  /* Still selected while it is still in the list, wherever it moves. */
  type_search (fixture, "4");
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);
  type_search (fixture, "4xx");
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);
  type_search (fixture, "found");
  g_assert_cmpuint (n_results (fixture), >, 1);
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);
  type_search (fixture, "not found");
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 0);

  /* Gone from the list: nothing selected, the empty states show. */
  type_search (fixture, "xyzzy");
  g_assert_cmpuint (n_results (fixture), ==, 0);
  g_assert_null (selected_status (fixture));
  g_assert_null (sc_status_detail_get_status (fixture->detail));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "no-results");
  g_assert_true (shows_text (GTK_WIDGET (list_stack), "No Results"));
  g_assert_false (gtk_widget_is_sensitive (copy_button));

  /* Escape clears the search: everything again. */
  g_signal_emit_by_name (fixture->search_entry, "stop-search");
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
  g_assert_cmpuint (n_results (fixture), ==, g_list_model_get_n_items (fixture->statuses));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
}

static void
test_window_search_action_focuses_entry (Fixture       *fixture,
                                         gconstpointer  data)
{
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");

  gtk_widget_grab_focus (list_view);
  settle ();
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (fixture->search_entry)) ||
                  gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                          GTK_WIDGET (fixture->search_entry)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (fixture->search_entry)));
}

static void
test_window_narrow_navigates (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkListView *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");

  g_assert_false (gtk_list_view_get_single_click_activate (list_view));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  WAIT_UNTIL (collapsed (fixture));
  g_assert_true (shows_list_alone (fixture));

  /* Choosing a code shows its detail; back returns to the list. */
  type_search (fixture, "418");
  g_signal_emit_by_name (fixture->search_entry, "activate");
  settle ();
  g_assert_true (shows_detail_alone (fixture));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  settle ();
  g_assert_true (shows_list_alone (fixture));

  /* Moving through the list only selects; activating a row (a single
   * click, when collapsed) shows it. */
  type_search (fixture, "");
  g_assert_true (gtk_list_view_get_single_click_activate (list_view));
  gtk_single_selection_set_selected (fixture->selection, 3);
  settle ();
  g_assert_true (shows_list_alone (fixture));
  g_signal_emit_by_name (list_view, "activate", 5);
  settle ();
  g_assert_true (shows_detail_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 5);
}

static guint
code_at (Fixture *fixture,
         guint    position)
{
  g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), position);

  return sc_status_get_code (status);
}

/* Whether the row at @position is in the scrolled list's view. The list
 * scrolls on a frame to come: wait for it. */
static gboolean
row_in_view (Fixture *fixture,
             guint    position)
{
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));
  double row_height = gtk_adjustment_get_upper (vadjustment) / n_results (fixture);
  double top = position * row_height;

  return top >= gtk_adjustment_get_value (vadjustment) - 1 &&
         top + row_height <= gtk_adjustment_get_value (vadjustment) + gtk_adjustment_get_page_size (vadjustment) + 1;
}

/* From the search entry, with the keyboard alone: typing searches, the
 * arrows and Page Up/Down move through the results while the focus stays
 * in the entry, Enter shows the result chosen (or else the best match),
 * Escape clears the search. */
static void
test_window_keyboard_search (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *search_entry = GTK_WIDGET (fixture->search_entry);
  guint position;

  focus_window (fixture);
  press (fixture, "<Control>f");
  g_assert_true (focus_is_in (fixture, search_entry));

  type_keys (fixture, "not");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "not");
  g_assert_cmpuint (n_results (fixture), >, 3);
  g_assert_null (selected_status (fixture));

  /* Down takes the first result, then the next; Up goes back. A key may
   * be handled after press() settles on a slow (sanitized) build. */
  press (fixture, "Down");
  WAIT_UNTIL (gtk_single_selection_get_selected (fixture->selection) == 0);
  press (fixture, "Down");
  WAIT_UNTIL (gtk_single_selection_get_selected (fixture->selection) == 1);
  press (fixture, "Down");
  WAIT_UNTIL (gtk_single_selection_get_selected (fixture->selection) == 2);
  press (fixture, "Up");
  WAIT_UNTIL (gtk_single_selection_get_selected (fixture->selection) == 1);
  g_assert_true (sc_status_detail_get_status (fixture->detail) == selected_status (fixture));

  /* Typing goes on where it was. */
  g_assert_true (focus_is_in (fixture, search_entry));
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "not");
  g_assert_cmpint (gtk_editable_get_position (fixture->search_entry), ==, 3);

  /* Enter shows the result chosen, not the best match. */
  press (fixture, "Return");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);
  g_assert_true (focus_is_in (fixture, search_entry));

  /* The search changed: Enter takes its best match again. */
  type_keys (fixture, " f");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "not f");
  press (fixture, "Return");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 0);
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);

  /* Up at the top stays there. */
  press (fixture, "Up");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 0);

  /* Escape clears the search; the selection moves on through all. */
  press (fixture, "Escape");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
  g_assert_cmpuint (n_results (fixture), ==, g_list_model_get_n_items (fixture->statuses));
  position = gtk_single_selection_get_selected (fixture->selection);
  g_assert_cmpuint (code_at (fixture, position), ==, 404);

  /* A page at a time, the selected row scrolled into view. */
  press (fixture, "Page_Down");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), >, position + 3);
  position = gtk_single_selection_get_selected (fixture->selection);
  WAIT_UNTIL (row_in_view (fixture, position));
  while (position < n_results (fixture) - 1)
    {
      press (fixture, "Page_Down");
      g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), >, position);
      position = gtk_single_selection_get_selected (fixture->selection);
      WAIT_UNTIL (row_in_view (fixture, position));
    }
  press (fixture, "Down");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, n_results (fixture) - 1);
  press (fixture, "Page_Up");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), <, n_results (fixture) - 4);
  WAIT_UNTIL (row_in_view (fixture, gtk_single_selection_get_selected (fixture->selection)));
  g_assert_true (focus_is_in (fixture, search_entry));
}

/* At 1000 pixels the list and the detail are side by side: no back
 * button, and nothing for back to do. */
static void
test_window_wide_layout (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *sidebar = template_child (fixture, SC_TYPE_SIDEBAR, NULL);
  GtkWidget *content = GTK_WIDGET (fixture->detail);

  /* The window's frame takes a few pixels of its size. */
  g_assert_cmpint (gtk_widget_get_width (fixture->shell), >, 1000 - 20);
  g_assert_false (collapsed (fixture));

  focus_window (fixture);
  type_keys (fixture, "418");
  press (fixture, "Return");
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 418);

  g_assert_true (gtk_widget_is_drawable (sidebar));
  g_assert_true (gtk_widget_is_drawable (content));
  g_assert_true (shows_text (content, "I’m a teapot") || shows_text (content, "(Unused)"));
  g_assert_false (back_button_drawable (fixture));

  /* Back has nothing to go back to. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL);
  press (fixture, "<Alt>Left");
  press (fixture, "Escape");
  g_assert_true (gtk_widget_is_drawable (sidebar));
  g_assert_true (gtk_widget_is_drawable (content));
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 418);
}

/* At 360 pixels the window is one page at a time, driven from the
 * keyboard: Enter goes to the detail, Escape, Alt+Left and the back
 * button come back to the list, with the selection kept. */
static void
test_window_narrow_keyboard (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *sidebar = template_child (fixture, SC_TYPE_SIDEBAR, NULL);
  GtkWidget *content = GTK_WIDGET (fixture->detail);

  /* Phones and tiled halves of small screens give 360 pixels. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  WAIT_UNTIL (collapsed (fixture));
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->window)) <= 360);
  g_assert_cmpint (gtk_widget_get_width (fixture->shell), >, 360 - 20);
  settle ();
  g_assert_true (shows_list_alone (fixture));
  WAIT_UNTIL (!gtk_widget_is_drawable (content));

  focus_window (fixture);
  type_keys (fixture, "not");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "not");

  /* The arrows choose without leaving the list. */
  press (fixture, "Down");
  press (fixture, "Down");
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);
  g_assert_true (shows_list_alone (fixture));

  /* Enter shows it, with a way back. */
  press (fixture, "Return");
  g_assert_true (shows_detail_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);
  WAIT_UNTIL (back_button_drawable (fixture));
  WAIT_UNTIL (!gtk_widget_is_drawable (sidebar));

  /* Escape comes back, the selection and the search kept. */
  press (fixture, "Escape");
  WAIT_UNTIL (shows_list_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "not");

  /* Alt+Left too. */
  press (fixture, "Return");
  g_assert_true (shows_detail_alone (fixture));
  press (fixture, "<Alt>Left");
  WAIT_UNTIL (shows_list_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);

  /* And the back button. */
  press (fixture, "Return");
  g_assert_true (shows_detail_alone (fixture));
  WAIT_UNTIL (back_button_drawable (fixture));
  /* A button activated from the keyboard clicks after a short press. */
  gtk_widget_activate (find_back_button (GTK_WIDGET (fixture->window)));
  WAIT_UNTIL (shows_list_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 1);

  /* On the list, Escape is the search's again: it clears it. */
  press (fixture, "<Control>f");
  press (fixture, "Escape");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
  g_assert_true (shows_list_alone (fixture));
}

/* A window that shows a code keeps showing it when it is narrowed, and
 * the list, when the user goes back to it, is still at that code. */
static void
test_window_narrowing_keeps_code (Fixture       *fixture,
                                  gconstpointer  data)
{
  guint position;

  g_assert_true (sc_window_select_code (fixture->window, 404));
  settle ();
  position = gtk_single_selection_get_selected (fixture->selection);
  g_assert_false (collapsed (fixture));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  WAIT_UNTIL (collapsed (fixture));
  settle ();
  g_assert_true (shows_detail_alone (fixture));
  g_assert_cmpuint (sc_status_get_code (sc_status_detail_get_status (fixture->detail)), ==, 404);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  WAIT_UNTIL (shows_list_alone (fixture));
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, position);
  WAIT_UNTIL (row_in_view (fixture, position));

  /* Wide again: both, the code still shown. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 700);
  WAIT_UNTIL (!collapsed (fixture));
  g_assert_cmpuint (sc_status_get_code (sc_status_detail_get_status (fixture->detail)), ==, 404);
}

/* Typed a character at a time, as the user does: every step a consistent
 * list (GTK reports a contradictory order as a critical, which fails the
 * test), best match first, scrolled to the top. */
static void
test_window_typing (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const searches[] = { "zzz", "server", "not found", "4xx", "gateway" };
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      /* Start each search scrolled away from the top, once the list has
       * been laid out again for every status (later on a slow run, such as
       * under AddressSanitizer). */
      type_search (fixture, "");
      WAIT_UNTIL (gtk_adjustment_get_upper (vadjustment) > gtk_adjustment_get_page_size (vadjustment));
      gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
      settle ();
      g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);

      for (gsize len = 1; len <= strlen (searches[i]); len++)
        {
          g_autofree char *typed = g_strndup (searches[i], len);

          type_search (fixture, typed);
        }

      /* With no results there is no list to scroll: the empty state shows. */
      if (g_list_model_get_n_items (G_LIST_MODEL (fixture->selection)) == 0)
        g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (template_child (fixture, GTK_TYPE_STACK, "list_stack"))),
                         ==, "no-results");
      else
        g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), ==, 0);
    }

  /* The best match of the last search is on top. */
  g_assert_true (shows_text (list_view, "Bad Gateway"));
  {
    g_autoptr(ScStatus) first = g_list_model_get_item (G_LIST_MODEL (fixture->selection), 0);

    g_assert_cmpuint (sc_status_get_code (first), ==, 502);
  }
}

static void
test_window_search_from_code (Fixture       *fixture,
                              gconstpointer  data)
{
  /* As the command line does: the search, and its best match shown. */
  sc_window_search (fixture->window, "teapot");
  settle ();
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "teapot");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_cmpuint (sc_status_get_code (sc_status_detail_get_status (fixture->detail)), ==, 418);

  /* No match: nothing selected, no crash. */
  sc_window_search (fixture->window, "999");
  settle ();
  g_assert_cmpuint (n_results (fixture), ==, 0);
  g_assert_null (sc_status_detail_get_status (fixture->detail));
}

/* The detail shows what the data has: badges, behaviour, header fields,
 * related codes, the defining document and former names. */
static void
test_window_detail_content (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *detail = GTK_WIDGET (fixture->detail);
  GtkWidget *spec_row;

  g_assert_true (sc_window_select_code (fixture->window, 503));
  settle ();
  spec_row = gtk_widget_get_ancestor (find_widget (detail, GTK_TYPE_LABEL, "RFC 9110, section 15.6.4"),
                                      ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (spec_row);
  g_assert_true (shows_text (detail, "5xx · Server Error"));
  g_assert_true (shows_text (detail, "Registered"));
  g_assert_false (shows_text (detail, "Standard"));
  g_assert_true (shows_text (detail, "Worth Retrying"));
  g_assert_true (shows_text (detail, "Retry-After"));
  g_assert_true (shows_text (detail, "429 Too Many Requests"));
  g_assert_true (shows_text (detail, "RFC 9110, section 15.6.4"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (spec_row)), ==, "RFC 9110, section 15.6.4");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (spec_row)), ==,
                   "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");
  g_assert_true (shows_text (detail, "IANA Registry"));
  g_assert_false (shows_text (detail, "Sent By"));

  /* A former name, a registry state, and facts of another kind. */
  g_assert_true (sc_window_select_code (fixture->window, 418));
  settle ();
  g_assert_true (shows_text (detail, "(Unused)"));
  g_assert_true (shows_text (detail, "Also known as I'm a teapot"));
  g_assert_true (shows_text (detail, "Unused"));
  g_assert_false (shows_text (detail, "Worth Retrying"));

  /* 305's deprecation is RFC 9110's, not the registry's: the badge's
   * tooltip and the registry row say so. */
  g_assert_true (sc_window_select_code (fixture->window, 305));
  settle ();
  g_assert_true (shows_text (detail, "Deprecated"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (find_widget (detail, SC_TYPE_REGISTRY_BADGE, NULL)), ==,
                   "Registered; deprecated by its specification, not by the registry: servers should not send it");
  g_assert_true (shows_text (detail, "Registered; deprecated by its specification, not by the registry: servers should not send it"));

  /* An interim response: the final one follows, unless 101 hands over. */
  g_assert_true (sc_window_select_code (fixture->window, 101));
  settle ();
  g_assert_true (shows_text (detail, "Sent before the final response to the same request; after 101, the new protocol takes over instead"));

  g_assert_true (sc_window_select_code (fixture->window, 308));
  settle ();
  g_assert_true (shows_text (detail, "Keeps the Method"));
  g_assert_true (shows_text (detail, "Cacheable by Default"));
  g_assert_true (shows_text (detail, "Location"));

  /* An unofficial code names who sends it, and has no spec to link to. */
  g_assert_true (sc_window_select_code (fixture->window, 499));
  settle ();
  g_assert_true (shows_text (detail, "Unofficial"));
  g_assert_true (shows_text (detail, "nginx"));
  g_assert_true (shows_text (detail, "Sent By"));
  g_assert_false (gtk_widget_is_drawable (spec_row));

  g_assert_false (sc_window_select_code (fixture->window, 299));
}

/* Whether @widget comes after @before among their parent's children. */
static gboolean
comes_after (GtkWidget *widget,
             GtkWidget *before)
{
  for (GtkWidget *sibling = gtk_widget_get_next_sibling (before);
       sibling != NULL;
       sibling = gtk_widget_get_next_sibling (sibling))
    if (sibling == widget)
      return TRUE;

  return FALSE;
}

static guint
count_causes (const ScCause *causes,
              gsize          n_causes,
              ScPlatform     platform)
{
  guint n = 0;

  for (gsize i = 0; i < n_causes; i++)
    n += causes[i].platform == platform;
  return n;
}

/* The common causes come below the first screen, a collapsed row for each
 * platform that screen readers name, opened from the keyboard; each cause
 * says what to check in monospace and links its source. */
static void
test_window_detail_causes (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *detail = GTK_WIDGET (fixture->detail);
  GtkWidget *causes_list;
  GtkWidget *group;
  GtkWidget *nginx;
  GtkWidget *aws;
  GtkWidget *copy_button;
  GtkWidget *cause_row;
  GtkWidget *header;
  GtkWidget *subtitle;
  ScStatus *status;
  const ScCause *causes;
  gsize n_causes;
  GVariant *target;
  g_autofree char *n_aws = NULL;
  g_autofree char *checks = NULL;
  g_autofree char *subtitle_text = NULL;

  g_assert_true (sc_window_select_code (fixture->window, 413));
  settle ();
  status = sc_status_detail_get_status (fixture->detail);
  causes = sc_status_get_causes (status, &n_causes);
  g_assert_cmpuint (n_causes, >, 0);
  g_assert_cmpint (causes[0].platform, ==, SC_PLATFORM_NGINX);

  /* Below the description and the copy button. */
  g_assert_true (shows_text (detail, "Common Causes"));
  causes_list = find_widget (detail, GTK_TYPE_LIST_BOX, "Common causes");
  g_assert_nonnull (causes_list);
  group = gtk_widget_get_ancestor (causes_list, ADW_TYPE_PREFERENCES_GROUP);
  copy_button = find_widget (detail, ADW_TYPE_SPLIT_BUTTON, NULL);
  g_assert_true (gtk_widget_get_parent (group) == gtk_widget_get_parent (copy_button));
  g_assert_true (comes_after (group, copy_button));

  /* One row a platform, in the data's order, each named for screen
   * readers, all collapsed: the texts are not shown yet. */
  nginx = find_widget (causes_list, ADW_TYPE_EXPANDER_ROW, "Common causes on nginx");
  aws = find_widget (causes_list, ADW_TYPE_EXPANDER_ROW, "Common causes on AWS");
  g_assert_nonnull (nginx);
  g_assert_nonnull (aws);
  g_assert_true (comes_after (gtk_widget_get_parent (aws), gtk_widget_get_parent (nginx)) ||
                 comes_after (aws, nginx));
  for (ScPlatform platform = 0; platform < SC_N_PLATFORMS; platform++)
    {
      g_autofree char *name = g_strdup_printf ("Common causes on %s", sc_platform_get_name (platform));

      g_test_message ("%s", name);
      g_assert_true ((find_widget (causes_list, ADW_TYPE_EXPANDER_ROW, name) != NULL) ==
                     (count_causes (causes, n_causes, platform) > 0));
    }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (nginx)), ==, "nginx");
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (nginx)));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (aws)));
  g_assert_false (shows_text (detail, causes[0].text));

  /* Its header, the first row within it, takes the keyboard focus, and
   * activating it opens it. On libadwaita 1.2 a real Space does; on 1.10
   * a Space pressed through XTest did not, so the key is pressed only
   * where it was seen to work, and the activation it makes is checked on
   * both. */
  focus_window (fixture);
  header = find_widget (nginx, ADW_TYPE_ACTION_ROW, NULL);
  g_assert_true (gtk_widget_grab_focus (header));
  settle ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == header);
  if (adw_get_minor_version () < 4)
    press (fixture, "space");
  else
    gtk_widget_activate (header);
  WAIT_UNTIL (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (nginx)));
  settle ();
  g_assert_true (shows_text (detail, causes[0].text));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (aws)));

  /* What to check in monospace, the source's host, and the row opens the
   * source itself. */
  cause_row = gtk_widget_get_ancestor (find_widget (nginx, GTK_TYPE_LABEL, causes[0].text), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (cause_row);
  checks = g_strjoinv (", ", (char **)causes[0].checks);
  subtitle_text = g_strdup_printf ("Check: %s\nSource: nginx.org", checks);
  g_assert_true (g_str_has_prefix (checks, "client_max_body_size"));
  subtitle = find_widget (cause_row, GTK_TYPE_LABEL, subtitle_text);
  g_assert_nonnull (subtitle);
  g_assert_true (gtk_widget_is_drawable (subtitle));
  g_assert_true (gtk_label_get_use_markup (GTK_LABEL (subtitle)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (subtitle)), "<tt>client_max_body_size</tt>"));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (cause_row)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (cause_row)), ==, "detail.open-cause");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (cause_row));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, causes[0].url);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cause_row), ==, causes[0].url);
  g_assert_true (shows_text (detail, "Copy the Causes on nginx"));

  /* A narrow window keeps the code and its causes on screen, wrapped to
   * its width. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  WAIT_UNTIL (collapsed (fixture));
  WAIT_UNTIL (gtk_widget_get_width (GTK_WIDGET (fixture->window)) <= 360);
  settle ();
  g_assert_true (shows_detail_alone (fixture));
  g_assert_true (gtk_widget_is_drawable (cause_row));
  g_assert_cmpint (gtk_widget_get_width (cause_row), <=, 360);
  g_assert_cmpint (gtk_widget_get_width (cause_row), >, 200);
  g_assert_true (shows_text (detail, causes[0].text));

  /* Another status starts collapsed again; one without causes shows no
   * group. */
  g_assert_true (sc_window_select_code (fixture->window, 502));
  settle ();
  aws = find_widget (detail, ADW_TYPE_EXPANDER_ROW, "Common causes on AWS");
  g_assert_nonnull (aws);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (aws)));
  causes = sc_status_get_causes (sc_status_detail_get_status (fixture->detail), &n_causes);
  n_aws = g_strdup_printf ("%u causes", count_causes (causes, n_causes, SC_PLATFORM_AWS));
  g_assert_true (shows_text (detail, n_aws));

  g_assert_true (sc_window_select_code (fixture->window, 200));
  settle ();
  g_assert_false (shows_text (detail, "Common Causes"));
  g_assert_false (gtk_widget_is_drawable (group));
}

/* A related code is a link: activating it selects that code. */
static void
test_window_related_link (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkListBox *related_list;
  GtkListBoxRow *row;
  g_autofree char *title = NULL;

  /* Even when the search hides the related code. */
  type_search (fixture, "301");
  sc_window_search (fixture->window, "301");
  settle ();
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 301);

  related_list = GTK_LIST_BOX (find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LIST_BOX, "Related codes"));
  g_assert_nonnull (related_list);
  row = gtk_list_box_get_row_at_index (related_list, 0);
  g_assert_nonnull (row);
  title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_true (g_ascii_isdigit (title[0]));

  g_signal_emit_by_name (row, "activate");
  settle ();
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, g_ascii_strtoull (title, NULL, 10));
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), !=, 301);
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "");
}

static gboolean
results_have_code (Fixture *fixture,
                   guint    code)
{
  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), i);

      if (sc_status_get_code (status) == code)
        return TRUE;
    }

  return FALSE;
}

/* As a new user checks a reference: every code in the data is found by
 * its number, first in the list, and its row shows its exact phrase; a
 * former name finds its code too. */
static void
test_window_finds_every_code (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");
  const struct {
    const char *search;
    guint code;
  } former_names[] = {
    { "Payload Too Large", 413 },
    { "Request Entity Too Large", 413 },
    { "Unprocessable Entity", 422 },
    { "Moved Temporarily", 302 },
    { "Switch Proxy", 306 },
    { "I'm a teapot", 418 },
  };

  for (guint i = 0; i < g_list_model_get_n_items (fixture->statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (fixture->statuses, i);
      g_autoptr(ScStatus) first = NULL;

      g_test_message ("searching for %s", sc_status_get_code_string (status));
      type_search (fixture, sc_status_get_code_string (status));
      g_assert_cmpuint (n_results (fixture), ==, 1);
      first = g_list_model_get_item (G_LIST_MODEL (fixture->selection), 0);
      g_assert_true (first == status);
      g_assert_true (shows_text (list_view, sc_status_get_phrase (status)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (former_names); i++)
    {
      g_autoptr(ScStatus) first = NULL;

      type_search (fixture, former_names[i].search);
      g_assert_cmpuint (n_results (fixture), >=, 1);
      first = g_list_model_get_item (G_LIST_MODEL (fixture->selection), 0);
      g_assert_cmpuint (sc_status_get_code (first), ==, former_names[i].code);
      g_assert_true (shows_text_containing (list_view, former_names[i].search));
    }
}

/* That the results are the statuses of the classes whose first digits
 * are in @class_digits that the search's matcher finds for @search. */
static void
assert_results_are (Fixture    *fixture,
                    const char *class_digits,
                    gboolean    with_unofficial,
                    const char *search)
{
  g_autoptr(GHashTable) expected = g_hash_table_new (NULL, NULL);
  g_autoptr(ScSearchQuery) query = sc_search_query_new (search);

  for (guint i = 0; i < g_list_model_get_n_items (fixture->statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (fixture->statuses, i);

      if (strchr (class_digits, sc_status_get_code_string (status)[0]) != NULL &&
          (with_unofficial || sc_status_is_official (status)) &&
          sc_search_query_match (query, status) != SC_SEARCH_NO_MATCH)
        g_hash_table_add (expected, status);
    }

  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), i);

      g_test_message ("result %s", sc_status_get_code_string (status));
      g_assert_true (g_hash_table_contains (expected, status));
    }
  g_assert_cmpuint (n_results (fixture), ==, g_hash_table_size (expected));
}

/* The sidebar's toggle hides unofficial codes, and the setting keeps it. */
static void
test_window_unofficial_toggle (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkToggleButton *toggle = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "unofficial_toggle");
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  guint n_all = n_results (fixture);

  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (results_have_code (fixture, 499));
  g_assert_true (results_have_code (fixture, 404));

  g_signal_emit_by_name (toggle, "clicked");
  settle ();
  g_assert_false (gtk_toggle_button_get_active (toggle));
  g_assert_false (g_settings_get_boolean (settings, "show-unofficial"));
  g_assert_false (results_have_code (fixture, 499));
  g_assert_false (results_have_code (fixture, 520));
  g_assert_true (results_have_code (fixture, 404));
  g_assert_cmpuint (n_results (fixture), <, n_all);
  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), i);

      g_assert_true (sc_status_is_official (status));
    }

  /* Combined with the search: nginx's own codes stay hidden, and the
   * registered codes whose causes speak of it are found. */
  type_search (fixture, "nginx");
  g_assert_cmpuint (n_results (fixture), >, 0);
  g_assert_false (results_have_code (fixture, 499));
  assert_results_are (fixture, "12345", FALSE, "nginx");

  /* Asking for an unofficial code by number shows it all the same. */
  g_assert_true (sc_window_select_code (fixture->window, 499));
  settle ();
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (g_settings_get_boolean (settings, "show-unofficial"));
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 499);
}

/* The class toggles: none on shows every class, some on show only
 * those; with the search, and with the unofficial codes' toggle. */
static void
test_window_class_toggles (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkToggleButton *toggle_4xx = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "class_4xx_toggle");
  GtkToggleButton *toggle_5xx = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "class_5xx_toggle");
  GtkToggleButton *unofficial_toggle = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "unofficial_toggle");
  const char * const names[] = { "class_1xx_toggle", "class_2xx_toggle", "class_3xx_toggle",
                                 "class_4xx_toggle", "class_5xx_toggle" };
  guint n_all = n_results (fixture);

  /* Each says what it is, and the keyboard reaches it. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *toggle = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, names[i]);
      g_autofree char *class = g_strdup_printf ("%uxx", i + 1);

      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
      g_assert_true (gtk_widget_is_drawable (toggle));
      g_assert_true (gtk_widget_get_focusable (toggle));
      g_assert_true (shows_text (toggle, class));
      g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (toggle), class));
    }
  assert_results_are (fixture, "12345", TRUE, "");

  /* 4xx alone: only client errors. */
  g_signal_emit_by_name (toggle_4xx, "clicked");
  settle ();
  g_assert_true (gtk_toggle_button_get_active (toggle_4xx));
  assert_results_are (fixture, "4", TRUE, "");
  g_assert_true (results_have_code (fixture, 404));
  g_assert_false (results_have_code (fixture, 200));

  /* With a search: the client errors that match it. */
  type_search (fixture, "not");
  assert_results_are (fixture, "4", TRUE, "not");
  g_assert_true (results_have_code (fixture, 404));
  g_assert_false (results_have_code (fixture, 304));
  g_assert_false (results_have_code (fixture, 501));

  /* 5xx as well: the server errors join them. */
  g_signal_emit_by_name (toggle_5xx, "clicked");
  settle ();
  assert_results_are (fixture, "45", TRUE, "not");
  g_assert_true (results_have_code (fixture, 501));

  /* Both off: every class again. */
  g_signal_emit_by_name (toggle_4xx, "clicked");
  g_signal_emit_by_name (toggle_5xx, "clicked");
  settle ();
  assert_results_are (fixture, "12345", TRUE, "not");
  g_assert_true (results_have_code (fixture, 304));
  type_search (fixture, "");
  g_assert_cmpuint (n_results (fixture), ==, n_all);

  /* With the unofficial codes hidden: official client errors only. */
  g_signal_emit_by_name (toggle_4xx, "clicked");
  g_signal_emit_by_name (unofficial_toggle, "clicked");
  settle ();
  assert_results_are (fixture, "4", FALSE, "");
  g_assert_false (results_have_code (fixture, 499));
  g_signal_emit_by_name (unofficial_toggle, "clicked");
  settle ();
  assert_results_are (fixture, "4", TRUE, "");
  g_assert_true (results_have_code (fixture, 499));

  /* A selected status the toggles hide is no longer selected, as when
   * the search hides it. */
  g_assert_true (sc_window_select_code (fixture->window, 404));
  settle ();
  g_signal_emit_by_name (toggle_5xx, "clicked");
  g_signal_emit_by_name (toggle_4xx, "clicked");
  settle ();
  assert_results_are (fixture, "5", TRUE, "");
  g_assert_null (selected_status (fixture));
  g_assert_null (sc_status_detail_get_status (fixture->detail));

  /* Asking for a code by number shows it, and every class. */
  g_assert_true (sc_window_select_code (fixture->window, 404));
  settle ();
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 404);
  g_assert_false (gtk_toggle_button_get_active (toggle_5xx));
  g_assert_cmpuint (n_results (fixture), ==, n_all);
}

/* The toggles from the keyboard: Alt and the class's digit. */
static void
test_window_class_toggles_keyboard (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkToggleButton *toggle_2xx = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "class_2xx_toggle");
  GtkToggleButton *toggle_3xx = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "class_3xx_toggle");

  focus_window (fixture);
  press (fixture, "<Control>f");
  type_keys (fixture, "re");

  /* A button pressed from the keyboard clicks after a short press. */
  press (fixture, "<Alt>3");
  WAIT_UNTIL (gtk_toggle_button_get_active (toggle_3xx));
  settle ();
  assert_results_are (fixture, "3", TRUE, "re");
  press (fixture, "<Alt>2");
  WAIT_UNTIL (gtk_toggle_button_get_active (toggle_2xx));
  settle ();
  assert_results_are (fixture, "23", TRUE, "re");
  press (fixture, "<Alt>3");
  WAIT_UNTIL (!gtk_toggle_button_get_active (toggle_3xx));
  settle ();
  assert_results_are (fixture, "2", TRUE, "re");

  /* Typing goes on in the search. */
  type_keys (fixture, "s");
  g_assert_cmpstr (gtk_editable_get_text (fixture->search_entry), ==, "res");
  assert_results_are (fixture, "2", TRUE, "res");
}

/* The colours @node paints its first text with and, if it has one, its
 * first solid fill (a badge's background) with. */
static void
find_node_colors (GskRenderNode *node,
                  GdkRGBA       *text,
                  GdkRGBA       *fill,
                  gboolean      *has_text,
                  gboolean      *has_fill)
{
  switch ((int)gsk_render_node_get_node_type (node))
    {
    case GSK_TEXT_NODE:
      if (!*has_text)
        *text = *gsk_text_node_get_color (node);
      *has_text = TRUE;
      break;

    case GSK_COLOR_NODE:
      if (!*has_fill)
        *fill = *gsk_color_node_get_color (node);
      *has_fill = TRUE;
      break;

    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        find_node_colors (gsk_container_node_get_child (node, i), text, fill, has_text, has_fill);
      break;

    case GSK_TRANSFORM_NODE:
      find_node_colors (gsk_transform_node_get_child (node), text, fill, has_text, has_fill);
      break;

    case GSK_CLIP_NODE:
      find_node_colors (gsk_clip_node_get_child (node), text, fill, has_text, has_fill);
      break;

    case GSK_ROUNDED_CLIP_NODE:
      find_node_colors (gsk_rounded_clip_node_get_child (node), text, fill, has_text, has_fill);
      break;

    case GSK_OPACITY_NODE:
      find_node_colors (gsk_opacity_node_get_child (node), text, fill, has_text, has_fill);
      break;

    case GSK_DEBUG_NODE:
      find_node_colors (gsk_debug_node_get_child (node), text, fill, has_text, has_fill);
      break;

    default:
      break;
    }
}

/* @over painted on the opaque @under. */
static GdkRGBA
composite (const GdkRGBA *over,
           const GdkRGBA *under)
{
  return (GdkRGBA) {
    over->red * over->alpha + under->red * (1 - over->alpha),
    over->green * over->alpha + under->green * (1 - over->alpha),
    over->blue * over->alpha + under->blue * (1 - over->alpha),
    1,
  };
}

/* WCAG 2's relative luminance and contrast ratio. */
static double
luminance (const GdkRGBA *color)
{
  const double channels[] = { color->red, color->green, color->blue };
  const double weights[] = { 0.2126, 0.7152, 0.0722 };
  double result = 0;

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      double c = channels[i];

      result += weights[i] * (c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4));
    }

  return result;
}

static double
contrast (const GdkRGBA *a,
          const GdkRGBA *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* What @widget drew last, or %NULL while it has still to draw. */
static GskRenderNode *
widget_render_node (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* The colour of @widget's text, as drawn, and its contrast against what
 * it is drawn on: its own fill, if any, over the window's background. */
static double
text_contrast (GtkWidget *widget,
               GdkRGBA   *text)
{
  g_autoptr(GskRenderNode) node = NULL;
  GdkRGBA window_bg, fill, background, shown;
  gboolean has_text = FALSE, has_fill = FALSE;

  WAIT_UNTIL ((node = widget_render_node (widget)) != NULL);
  find_node_colors (node, text, &fill, &has_text, &has_fill);
  g_assert_true (has_text);

  /* Not deprecated before GTK 4.10, the first to say what replaces it. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "window_bg_color", &window_bg));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpfloat (window_bg.alpha, ==, 1);

  background = has_fill ? composite (&fill, &window_bg) : window_bg;
  shown = composite (text, &background);
  return contrast (&shown, &background);
}

/* The style follows the system's (ADW_DEBUG_COLOR_SCHEME stands for it
 * here: the window suite runs light and this test again dark), and the
 * badges and toggles, tinted with named colours, stay readable in both. */
static void
test_window_style (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  gboolean system_dark = g_strcmp0 (g_getenv ("ADW_DEBUG_COLOR_SCHEME"), "prefer-dark") == 0;
  GtkWidget *registry_badge;
  GtkWidget *class_label;
  GtkWidget *toggle_4xx = template_child (fixture, GTK_TYPE_TOGGLE_BUTTON, "class_4xx_toggle");
  const guint codes[] = { 499, 503, 104, 305 };  /* unofficial, standard, provisional, deprecated */
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  GdkRGBA colors[G_N_ELEMENTS (schemes)][G_N_ELEMENTS (codes)];

  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (adw_style_manager_get_dark (style_manager), ==, system_dark);

  g_assert_true (sc_window_select_code (fixture->window, codes[0]));
  settle ();
  registry_badge = find_widget (GTK_WIDGET (fixture->detail), SC_TYPE_REGISTRY_BADGE, NULL);
  class_label = find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, "4xx · Client Error");
  g_assert_nonnull (registry_badge);
  g_assert_nonnull (class_label);

  g_signal_emit_by_name (toggle_4xx, "clicked");
  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      GdkRGBA text;

      adw_style_manager_set_color_scheme (style_manager, schemes[s]);
      settle ();
      g_assert_cmpint (adw_style_manager_get_dark (style_manager), ==,
                       schemes[s] == ADW_COLOR_SCHEME_DEFAULT ? system_dark : schemes[s] == ADW_COLOR_SCHEME_FORCE_DARK);

      for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
        {
          double ratio;

          g_assert_true (sc_window_select_code (fixture->window, codes[c]));
          settle ();
          ratio = text_contrast (registry_badge, &colors[s][c]);
          g_test_message ("scheme %d, %u's badge: %s, contrast %.2f", schemes[s], codes[c], gdk_rgba_to_string (&colors[s][c]), ratio);
          g_assert_cmpfloat (ratio, >=, 4.5);
        }

      g_assert_cmpfloat (text_contrast (class_label, &text), >=, 4.5);

      /* A toggle that is on, and one that is off. */
      g_signal_emit_by_name (toggle_4xx, "clicked");
      settle ();
      g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle_4xx)));
      g_assert_cmpfloat (text_contrast (toggle_4xx, &text), >=, 4.5);
      g_signal_emit_by_name (toggle_4xx, "clicked");
      settle ();
      g_assert_cmpfloat (text_contrast (toggle_4xx, &text), >=, 4.5);
    }

  /* Each badge has its own colour, and another one in the dark. */
  for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
    {
      g_assert_false (gdk_rgba_equal (&colors[1][c], &colors[2][c]));
      g_assert_true (gdk_rgba_equal (&colors[0][c], &colors[system_dark ? 2 : 1][c]));
      for (guint other = c + 1; other < G_N_ELEMENTS (codes); other++)
        g_assert_false (gdk_rgba_equal (&colors[1][c], &colors[1][other]));
    }

  adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* Closing saves the size and the selected code; the next window opens
 * with them. */
static void
test_window_saves_state (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ScWindow *next;
  ScStatusDetail *next_detail;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 820, 560);
  g_assert_true (sc_window_select_code (fixture->window, 429));
  settle ();

  /* Closing destroys the window: the fixture gets the next one. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 820);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 560);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpuint (g_settings_get_uint (settings, "selected-code"), ==, 429);

  next = g_object_new (SC_TYPE_WINDOW, "statuses", fixture->statuses, NULL);
  fixture->window = next;
  gtk_window_get_default_size (GTK_WINDOW (next), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 560);
  next_detail = template_child (fixture, SC_TYPE_STATUS_DETAIL, NULL);
  g_assert_cmpuint (sc_status_get_code (sc_status_detail_get_status (next_detail)), ==, 429);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "selected-code");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The app's style sheet, which AdwApplication loads for the app. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/window/starts-with-everything", test_window_starts_with_everything);
  ADD_TEST ("/window/builds-status-page-on-first-use", test_window_builds_status_page_on_first_use);
  ADD_TEST ("/window/search-select-copy", test_window_search_select_copy);
  ADD_TEST ("/window/selection-follows-search", test_window_selection_follows_search);
  ADD_TEST ("/window/search-action-focuses-entry", test_window_search_action_focuses_entry);
  ADD_TEST ("/window/narrow-navigates", test_window_narrow_navigates);
  ADD_TEST ("/window/keyboard-search", test_window_keyboard_search);
  ADD_TEST ("/window/wide-layout", test_window_wide_layout);
  ADD_TEST ("/window/narrow-keyboard", test_window_narrow_keyboard);
  ADD_TEST ("/window/narrowing-keeps-code", test_window_narrowing_keeps_code);
  ADD_TEST ("/window/search-from-code", test_window_search_from_code);
  ADD_TEST ("/window/typing", test_window_typing);
  ADD_TEST ("/window/detail-content", test_window_detail_content);
  ADD_TEST ("/window/related-link", test_window_related_link);
  ADD_TEST ("/window/detail-causes", test_window_detail_causes);
  ADD_TEST ("/window/finds-every-code", test_window_finds_every_code);
  ADD_TEST ("/window/unofficial-toggle", test_window_unofficial_toggle);
  ADD_TEST ("/window/class-toggles", test_window_class_toggles);
  ADD_TEST ("/window/class-toggles-keyboard", test_window_class_toggles_keyboard);
  ADD_TEST ("/window/saves-state", test_window_saves_state);
  ADD_TEST ("/window/style", test_window_style);

  return g_test_run ();
}
