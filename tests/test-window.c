/* test-window.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window, in-process, on a real (headless) display: search,
 * select, copy, and read the clipboard back.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sc-status.h"
#include "sc-status-detail.h"
#include "sc-status-loader.h"
#include "sc-window.h"
#include "window-fixture.h"

static void
test_window_starts_with_everything (Fixture       *fixture,
                                    gconstpointer  data)
{
  AdwLeaflet *leaflet = template_child (fixture, SC_TYPE_WINDOW, "leaflet");
  GtkStack *list_stack = template_child (fixture, SC_TYPE_WINDOW, "list_stack");

  g_assert_cmpuint (n_results (fixture), ==, g_list_model_get_n_items (fixture->statuses));
  g_assert_null (selected_status (fixture));
  g_assert_null (sc_status_detail_get_status (fixture->detail));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  g_assert_false (adw_leaflet_get_folded (leaflet));

  /* The detail says nothing is selected, and there is nothing to copy. */
  g_assert_true (shows_text (GTK_WIDGET (fixture->detail), "No Status Code Selected"));
  g_assert_false (gtk_widget_is_sensitive (template_child (fixture, SC_TYPE_STATUS_DETAIL, "copy_button")));

  /* The list shows rows of code and phrase. */
  g_assert_true (shows_text (template_child (fixture, SC_TYPE_WINDOW, "list_view"), "100"));
  g_assert_true (shows_text (template_child (fixture, SC_TYPE_WINDOW, "list_view"), "Continue"));
}

static void
test_window_search_select_copy (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *list_view = template_child (fixture, SC_TYPE_WINDOW, "list_view");
  GtkWidget *copy_button = template_child (fixture, SC_TYPE_STATUS_DETAIL, "copy_button");
  GtkLabel *code_label = template_child (fixture, SC_TYPE_STATUS_DETAIL, "code_label");
  GtkLabel *phrase_label = template_child (fixture, SC_TYPE_STATUS_DETAIL, "phrase_label");
  GtkLabel *class_label = template_child (fixture, SC_TYPE_STATUS_DETAIL, "class_label");
  GtkLabel *summary_label = template_child (fixture, SC_TYPE_STATUS_DETAIL, "summary_label");
  GtkLabel *description_label = template_child (fixture, SC_TYPE_STATUS_DETAIL, "description_label");
  GtkWidget *toast_overlay = template_child (fixture, SC_TYPE_WINDOW, "toast_overlay");
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
  g_assert_cmpstr (gtk_label_get_text (code_label), ==, "404");
  g_assert_cmpstr (gtk_label_get_text (phrase_label), ==, "Not Found");
  g_assert_cmpstr (gtk_label_get_text (class_label), ==, "4xx · Client Error");
  g_assert_cmpstr (gtk_label_get_text (summary_label), ==, sc_status_get_summary (status));
  g_assert_cmpstr (gtk_label_get_text (description_label), ==, sc_status_get_description (status));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (description_label)));
  g_assert_false (shows_text (toast_overlay, "Description copied"));

  /* The button puts exactly the description shown on the clipboard. */
  g_assert_true (gtk_widget_is_sensitive (copy_button));
  g_assert_false (gdk_clipboard_is_local (gtk_widget_get_clipboard (copy_button)));
  gtk_widget_activate (copy_button);
  /* A button activated from the keyboard clicks after a short press. */
  WAIT_UNTIL (gdk_clipboard_is_local (gtk_widget_get_clipboard (copy_button)));
  clipboard_text = read_clipboard (fixture);
  g_assert_cmpstr (clipboard_text, ==, gtk_label_get_text (description_label));

  /* And a toast says so. */
  settle ();
  g_assert_true (shows_text (toast_overlay, "Description copied"));
}

static void
test_window_selection_follows_search (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkStack *list_stack = template_child (fixture, SC_TYPE_WINDOW, "list_stack");
  GtkWidget *copy_button = template_child (fixture, SC_TYPE_STATUS_DETAIL, "copy_button");
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
  GtkWidget *list_view = template_child (fixture, SC_TYPE_WINDOW, "list_view");

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
  AdwLeaflet *leaflet = template_child (fixture, SC_TYPE_WINDOW, "leaflet");
  GtkWidget *sidebar = template_child (fixture, SC_TYPE_WINDOW, "sidebar");
  GtkWidget *content = template_child (fixture, SC_TYPE_WINDOW, "content");
  GtkListView *list_view = template_child (fixture, SC_TYPE_WINDOW, "list_view");

  g_assert_false (gtk_list_view_get_single_click_activate (list_view));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 600);
  WAIT_UNTIL (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  /* Choosing a code shows its detail; back returns to the list. */
  type_search (fixture, "418");
  g_signal_emit_by_name (fixture->search_entry, "activate");
  settle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.go-back", NULL));
  settle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);

  /* Moving through the list only selects; activating a row (a single
   * click, when folded) shows it. */
  type_search (fixture, "");
  g_assert_true (gtk_list_view_get_single_click_activate (list_view));
  gtk_single_selection_set_selected (fixture->selection, 3);
  settle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == sidebar);
  g_signal_emit_by_name (list_view, "activate", 5);
  settle ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_cmpuint (gtk_single_selection_get_selected (fixture->selection), ==, 5);
}

/* Typed a character at a time, as the user does: every step a consistent
 * list (GTK reports a contradictory order as a critical, which fails the
 * test), best match first, scrolled to the top. */
static void
test_window_typing (Fixture       *fixture,
                    gconstpointer  data)
{
  const char * const searches[] = { "zzz", "server", "not found", "4xx", "gateway" };
  GtkWidget *list_view = template_child (fixture, SC_TYPE_WINDOW, "list_view");
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      /* Start each search scrolled away from the top. */
      type_search (fixture, "");
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
        g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (template_child (fixture, SC_TYPE_WINDOW, "list_stack"))),
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
  GtkWidget *spec_row = template_child (fixture, SC_TYPE_STATUS_DETAIL, "spec_row");

  g_assert_true (sc_window_select_code (fixture->window, 503));
  settle ();
  g_assert_true (shows_text (detail, "5xx · Server Error"));
  g_assert_true (shows_text (detail, "Standard"));
  g_assert_true (shows_text (detail, "Worth Retrying"));
  g_assert_true (shows_text (detail, "Retry-After"));
  g_assert_true (shows_text (detail, "429 Too Many Requests"));
  g_assert_true (shows_text (detail, "RFC 9110, section 15.6.4"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (spec_row)), ==, "RFC 9110, section 15.6.4");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (spec_row)), ==,
                   "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");
  g_assert_false (gtk_widget_is_drawable (template_child (fixture, SC_TYPE_STATUS_DETAIL, "origin_row")));

  /* A former name, a registry state, and facts of another kind. */
  g_assert_true (sc_window_select_code (fixture->window, 418));
  settle ();
  g_assert_true (shows_text (detail, "(Unused)"));
  g_assert_true (shows_text (detail, "Also known as I'm a teapot"));
  g_assert_true (shows_text (detail, "Unused"));
  g_assert_false (shows_text (detail, "Worth Retrying"));

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
  g_assert_true (gtk_widget_is_drawable (template_child (fixture, SC_TYPE_STATUS_DETAIL, "origin_row")));
  g_assert_false (gtk_widget_is_drawable (spec_row));

  g_assert_false (sc_window_select_code (fixture->window, 299));
}

/* A related code is a link: activating it selects that code. */
static void
test_window_related_link (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkListBox *related_list = template_child (fixture, SC_TYPE_STATUS_DETAIL, "related_list");
  GtkListBoxRow *row;
  g_autofree char *title = NULL;

  /* Even when the search hides the related code. */
  type_search (fixture, "301");
  sc_window_search (fixture->window, "301");
  settle ();
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 301);

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
  GtkWidget *list_view = template_child (fixture, SC_TYPE_WINDOW, "list_view");
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

/* The sidebar's toggle hides unofficial codes, and the setting keeps it. */
static void
test_window_unofficial_toggle (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkToggleButton *toggle = template_child (fixture, SC_TYPE_WINDOW, "unofficial_toggle");
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

  /* Combined with the search. */
  type_search (fixture, "nginx");
  g_assert_cmpuint (n_results (fixture), ==, 0);

  /* Asking for an unofficial code by number shows it all the same. */
  g_assert_true (sc_window_select_code (fixture->window, 499));
  settle ();
  g_assert_true (gtk_toggle_button_get_active (toggle));
  g_assert_true (g_settings_get_boolean (settings, "show-unofficial"));
  g_assert_cmpuint (sc_status_get_code (selected_status (fixture)), ==, 499);
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
  next_detail = SC_STATUS_DETAIL (gtk_widget_get_template_child (GTK_WIDGET (next), SC_TYPE_WINDOW, "detail"));
  g_assert_cmpuint (sc_status_get_code (sc_status_detail_get_status (next_detail)), ==, 429);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "selected-code");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/window/starts-with-everything", test_window_starts_with_everything);
  ADD_TEST ("/window/search-select-copy", test_window_search_select_copy);
  ADD_TEST ("/window/selection-follows-search", test_window_selection_follows_search);
  ADD_TEST ("/window/search-action-focuses-entry", test_window_search_action_focuses_entry);
  ADD_TEST ("/window/narrow-navigates", test_window_narrow_navigates);
  ADD_TEST ("/window/search-from-code", test_window_search_from_code);
  ADD_TEST ("/window/typing", test_window_typing);
  ADD_TEST ("/window/detail-content", test_window_detail_content);
  ADD_TEST ("/window/related-link", test_window_related_link);
  ADD_TEST ("/window/finds-every-code", test_window_finds_every_code);
  ADD_TEST ("/window/unofficial-toggle", test_window_unofficial_toggle);
  ADD_TEST ("/window/saves-state", test_window_saves_state);

  return g_test_run ();
}
