/* test-copy.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy menu of the detail view and Ctrl+Shift+C, in the real window
 * on a real (headless) display: every format the menu offers is copied,
 * read back from the clipboard and compared with what the status itself
 * says, and a toast confirms it.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "sc-copy-format.h"
#include "sc-status.h"
#include "sc-status-detail.h"
#include "sc-status-loader.h"
#include "sc-window.h"
#include "window-fixture.h"

/* The shared window fixture, with the clipboard's changes counted. */
typedef struct
{
  Fixture base;
  guint n_clipboard_changes;
  GtkWidget *toast_overlay;
} CopyFixture;

/* Puts something else on the clipboard, so that each copy must change it. */
static void
clear_clipboard (CopyFixture *fixture)
{
  g_autofree char *text = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->base.window)), "(nothing copied)");
  text = read_clipboard (&fixture->base);
  g_assert_cmpstr (text, ==, "(nothing copied)");
}

static void
on_clipboard_changed_cb (GdkClipboard *clipboard,
                         CopyFixture  *fixture)
{
  fixture->n_clipboard_changes++;
}

static void
copy_fixture_set_up (CopyFixture   *fixture,
                     gconstpointer  data)
{
  fixture_set_up (&fixture->base, data);

  fixture->toast_overlay = template_child (&fixture->base, ADW_TYPE_TOAST_OVERLAY, "toast_overlay");

  g_signal_connect (gtk_widget_get_clipboard (GTK_WIDGET (fixture->base.window)), "changed",
                    G_CALLBACK (on_clipboard_changed_cb), fixture);
}

static void
copy_fixture_tear_down (CopyFixture   *fixture,
                        gconstpointer  data)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_clipboard (GTK_WIDGET (fixture->base.window)),
                                        on_clipboard_changed_cb, fixture);
  fixture_tear_down (&fixture->base, data);
}

/* The detail's copy button, there once a status was shown. */
static AdwSplitButton *
copy_button (CopyFixture *fixture)
{
  GtkWidget *button = find_widget (GTK_WIDGET (fixture->base.detail), ADW_TYPE_SPLIT_BUTTON, NULL);

  g_assert_nonnull (button);
  return ADW_SPLIT_BUTTON (button);
}

static ScStatus *
select_code (CopyFixture *fixture,
             guint        code)
{
  ScStatus *status;

  g_assert_true (sc_window_select_code (fixture->base.window, code));
  settle ();
  status = sc_status_detail_get_status (fixture->base.detail);
  g_assert_nonnull (status);
  g_assert_cmpuint (sc_status_get_code (status), ==, code);

  return status;
}

/* The targets of the detail.copy items of the copy menu, in order. */
static GPtrArray *
menu_formats (CopyFixture *fixture)
{
  GMenuModel *menu = adw_split_button_get_menu_model (copy_button (fixture));
  GPtrArray *formats = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      g_assert_nonnull (section);
      for (int j = 0; j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = NULL;

          g_assert_true (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action));
          g_assert_cmpstr (action, ==, "detail.copy");
          target = g_menu_model_get_item_attribute_value (section, j, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
          g_assert_nonnull (target);
          g_ptr_array_add (formats, g_variant_dup_string (target, NULL));
        }
    }

  return formats;
}

/* What each format must put on the clipboard, from the status's own
 * getters, and what the toast says. */
static char *
expected_copy (ScStatus    *status,
               const char  *format,
               char       **message)
{
  const char *url = sc_status_get_spec_url (status);

  if (g_str_equal (format, "description"))
    {
      *message = g_strdup ("Description copied");
      return g_strdup (sc_status_get_description (status));
    }
  if (g_str_equal (format, "code"))
    {
      *message = g_strdup ("Code copied");
      return g_strdup_printf ("%u", sc_status_get_code (status));
    }
  if (g_str_equal (format, "code-phrase"))
    {
      *message = g_strdup ("Code and phrase copied");
      return g_strdup_printf ("%u %s", sc_status_get_code (status), sc_status_get_phrase (status));
    }
  if (g_str_equal (format, "status-line"))
    {
      *message = g_strdup ("Status line copied");
      return g_strdup_printf ("HTTP/1.1 %u %s", sc_status_get_code (status), sc_status_get_phrase (status));
    }
  if (g_str_equal (format, "spec-link"))
    {
      g_assert_nonnull (url);
      *message = g_strdup ("Link copied");
      return g_strdup (url);
    }
  if (g_str_equal (format, "markdown-link"))
    {
      g_assert_nonnull (url);
      *message = g_strdup ("Markdown link copied");
      return g_strdup_printf ("[%u %s](%s)", sc_status_get_code (status), sc_status_get_phrase (status), url);
    }
  if (g_str_has_prefix (format, "constant:"))
    {
      ScLanguage language;

      g_assert_true (sc_language_from_id (format + strlen ("constant:"), &language));
      g_assert_nonnull (sc_status_get_constant (status, language));
      *message = g_strdup_printf ("%s constant copied", sc_language_get_name (language));
      return g_strdup (sc_status_get_constant (status, language));
    }

  g_error ("The menu offers an unknown format “%s”", format);
}

/* Copies @format as the menu item does and checks the clipboard and
 * the toast. */
static void
check_copy (CopyFixture *fixture,
            ScStatus    *status,
            const char  *format)
{
  g_autofree char *message = NULL;
  g_autofree char *expected = expected_copy (status, format, &message);
  g_autofree char *copied = NULL;

  g_test_message ("%u: %s", sc_status_get_code (status), format);
  clear_clipboard (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy", "s", format));
  copied = read_clipboard (&fixture->base);
  g_assert_cmpstr (copied, ==, expected);

  settle ();
  g_assert_true (shows_text (fixture->toast_overlay, message));
}

/* The formats the menu must offer for @status, in order. */
static GPtrArray *
expected_formats (ScStatus *status)
{
  GPtrArray *formats = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (formats, g_strdup ("description"));
  g_ptr_array_add (formats, g_strdup ("code"));
  g_ptr_array_add (formats, g_strdup ("code-phrase"));
  g_ptr_array_add (formats, g_strdup ("status-line"));
  if (sc_status_get_spec_url (status) != NULL)
    {
      g_ptr_array_add (formats, g_strdup ("spec-link"));
      g_ptr_array_add (formats, g_strdup ("markdown-link"));
    }
  for (guint i = 0; i < SC_N_LANGUAGES; i++)
    if (sc_status_get_constant (status, i) != NULL)
      g_ptr_array_add (formats, g_strconcat ("constant:", sc_language_get_id (i), NULL));

  return formats;
}

/* The menu has @n_sections sections, with these titles (%NULL: none). */
/* A menu item's label as GTK shows it: "__" is an underscore, and a lone
 * "_" marks the mnemonic and is not shown. */
static char *
label_as_shown (const char *label)
{
  GString *shown = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (shown, *p);
    }

  return g_string_free (shown, FALSE);
}

/* Whether an item of the copy menu reads @label. */
static gboolean
menu_has_label (CopyFixture *fixture,
                const char  *label)
{
  GMenuModel *menu = adw_split_button_get_menu_model (copy_button (fixture));

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *item_label = NULL;
          g_autofree char *shown = NULL;

          if (!g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s", &item_label))
            continue;
          shown = label_as_shown (item_label);
          if (g_str_equal (shown, label))
            return TRUE;
        }
    }

  return FALSE;
}

static void
assert_section_titles (CopyFixture        *fixture,
                       const char * const *titles,
                       int                 n_sections)
{
  GMenuModel *menu = adw_split_button_get_menu_model (copy_button (fixture));

  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, n_sections);
  for (int i = 0; i < n_sections; i++)
    {
      g_autofree char *title = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &title);
      g_assert_cmpstr (title, ==, titles[i]);
    }
}

static void
assert_formats_equal (GPtrArray *formats,
                      GPtrArray *expected)
{
  g_assert_cmpuint (formats->len, ==, expected->len);
  for (guint i = 0; i < formats->len; i++)
    g_assert_cmpstr (g_ptr_array_index (formats, i), ==, g_ptr_array_index (expected, i));
}

static void
test_copy_every_format (CopyFixture   *fixture,
                        gconstpointer  data)
{
  ScStatus *status = select_code (fixture, 404);
  g_autoptr(GPtrArray) formats = menu_formats (fixture);
  g_autoptr(GPtrArray) expected = expected_formats (status);
  g_autofree char *line = NULL;
  g_autofree char *markdown = NULL;

  /* 404 has everything: a link and the constants of every library, these
   * in a section of their own. */
  assert_formats_equal (formats, expected);
  assert_section_titles (fixture, (const char *[]) { NULL, NULL, "Constants" }, 3);
  g_assert_cmpuint (formats->len, ==, 6 + SC_N_LANGUAGES);
  g_assert_cmpstr (sc_status_get_constant (status, SC_LANGUAGE_PYTHON), ==, "HTTPStatus.NOT_FOUND");

  for (guint i = 0; i < formats->len; i++)
    check_copy (fixture, status, g_ptr_array_index (formats, i));

  /* The exact texts, for one status, spelt out. */
  clear_clipboard (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy", "s", "status-line"));
  line = read_clipboard (&fixture->base);
  g_assert_cmpstr (line, ==, "HTTP/1.1 404 Not Found");
  clear_clipboard (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy", "s", "markdown-link"));
  markdown = read_clipboard (&fixture->base);
  g_assert_cmpstr (markdown, ==, "[404 Not Found](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5)");
}

/* The menu shows each constant as written, underscores and all (a menu
 * label would take "_" for a mnemonic). */
static void
test_copy_menu_labels (CopyFixture   *fixture,
                       gconstpointer  data)
{
  AdwSplitButton *button;

  select_code (fixture, 404);
  button = copy_button (fixture);

  /* What the menu reads: the labels of its model, which the popover shows
   * as they are. Not the popover on screen: GTK 4.24 on an X server
   * without a compositor warns that a frame was submitted twice when a
   * popover shows, and fatal-warnings makes that an abort. */
  g_assert_true (menu_has_label (fixture, "Status Line — HTTP/1.1 404 Not Found"));
  g_assert_true (menu_has_label (fixture, "Python — HTTPStatus.NOT_FOUND"));
  g_assert_true (menu_has_label (fixture, "libsoup — SOUP_STATUS_NOT_FOUND"));
  g_assert_true (menu_has_label (fixture, "Link to RFC 9110"));
  /* Underscores show as themselves, not as mnemonics. */
  g_assert_false (menu_has_label (fixture, "Python — HTTPStatus.NOTFOUND"));

  /* Its dropdown has a name for screen readers, which libadwaita 1.2
   * leaves out. */
  g_assert_nonnull (find_widget (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON, "More Copy Formats"));
}

/* A registered code that no library names: links, but no constants. */
static void
test_copy_no_constants (CopyFixture   *fixture,
                        gconstpointer  data)
{
  ScStatus *status = select_code (fixture, 104);
  g_autoptr(GPtrArray) formats = menu_formats (fixture);
  g_autoptr(GPtrArray) expected = expected_formats (status);

  assert_formats_equal (formats, expected);
  assert_section_titles (fixture, (const char *[]) { NULL, NULL }, 2);
  g_assert_nonnull (sc_status_get_spec_url (status));
  for (guint i = 0; i < formats->len; i++)
    {
      g_assert_false (g_str_has_prefix (g_ptr_array_index (formats, i), "constant:"));
      check_copy (fixture, status, g_ptr_array_index (formats, i));
    }
  g_assert_true (g_ptr_array_find_with_equal_func (formats, "markdown-link", g_str_equal, NULL));
}

/* An unofficial code: no specification to link to, no constants. */
static void
test_copy_unofficial (CopyFixture   *fixture,
                      gconstpointer  data)
{
  ScStatus *status = select_code (fixture, 444);
  g_autoptr(GPtrArray) formats = menu_formats (fixture);
  g_autoptr(GPtrArray) expected = expected_formats (status);

  g_assert_null (sc_status_get_spec_url (status));
  assert_formats_equal (formats, expected);
  g_assert_cmpuint (formats->len, ==, 4);
  assert_section_titles (fixture, (const char *[]) { NULL }, 1);
  for (guint i = 0; i < formats->len; i++)
    check_copy (fixture, status, g_ptr_array_index (formats, i));
}

/* No status: nothing to copy. At first there is no button to press; once
 * a status was shown and is gone, the button and its menu are off. */
static void
test_copy_nothing_selected (CopyFixture   *fixture,
                            gconstpointer  data)
{
  AdwSplitButton *button;
  guint n_changes;

  g_assert_null (sc_status_detail_get_status (fixture->base.detail));
  g_assert_null (find_widget (GTK_WIDGET (fixture->base.detail), ADW_TYPE_SPLIT_BUTTON, NULL));
  n_changes = fixture->n_clipboard_changes;

  /* The action is there but disabled: activating it copies nothing. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy", "s", "code");
  settle ();
  g_assert_cmpuint (fixture->n_clipboard_changes, ==, n_changes);

  select_code (fixture, 404);
  button = copy_button (fixture);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  gtk_single_selection_set_selected (fixture->base.selection, GTK_INVALID_LIST_POSITION);
  settle ();
  g_assert_null (sc_status_detail_get_status (fixture->base.detail));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_assert_null (adw_split_button_get_menu_model (button));
  gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy-description", NULL);
  settle ();
  g_assert_cmpuint (fixture->n_clipboard_changes, ==, n_changes);
}

static void
press_keys (const char *keys)
{
  const char *argv[] = { "xdotool", "key", "--clearmodifiers", keys, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Ctrl+Shift+C, pressed on the (headless) keyboard, copies "404 Not Found"
 * wherever the focus is, even in the search entry; Ctrl+C still copies
 * the description. */
static void
test_copy_shortcut (CopyFixture   *fixture,
                    gconstpointer  data)
{
  ScStatus *status = select_code (fixture, 404);
  GtkWidget *search_entry = template_child (&fixture->base, GTK_TYPE_SEARCH_ENTRY, "search_entry");
  g_autofree char *copied = NULL;
  g_autofree char *description = NULL;
  guint n_changes;

  gtk_widget_grab_focus (search_entry);
  WAIT_UNTIL (gtk_window_is_active (GTK_WINDOW (fixture->base.window)));
  settle ();

  clear_clipboard (fixture);
  n_changes = fixture->n_clipboard_changes;
  press_keys ("ctrl+shift+c");
  WAIT_UNTIL (fixture->n_clipboard_changes > n_changes);
  copied = read_clipboard (&fixture->base);
  g_assert_cmpstr (copied, ==, "404 Not Found");
  settle ();
  g_assert_true (shows_text (fixture->toast_overlay, "Code and phrase copied"));

  clear_clipboard (fixture);
  n_changes = fixture->n_clipboard_changes;
  press_keys ("ctrl+c");
  WAIT_UNTIL (fixture->n_clipboard_changes > n_changes);
  description = read_clipboard (&fixture->base);
  g_assert_cmpstr (description, ==, sc_status_get_description (status));
}

/* A platform's causes, copied from its last row as from the action, and
 * the toast naming the platform. */
static void
test_copy_causes (CopyFixture   *fixture,
                  gconstpointer  data)
{
  ScStatus *status = select_code (fixture, 413);
  GtkWidget *expander;
  GtkWidget *copy_row;
  g_autofree char *expected = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *expected_aws = NULL;
  g_autofree char *copied_aws = NULL;

  expected = sc_copy_causes_dup_text (status, SC_PLATFORM_NGINX);
  g_assert_true (g_str_has_prefix (expected, "413 Content Too Large — common causes on nginx\n"));
  g_assert_nonnull (strstr (expected, "Check: client_max_body_size, "));
  g_assert_nonnull (strstr (expected, "Source: https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size\n"));

  clear_clipboard (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->base.detail), "detail.copy-causes", "s", "nginx"));
  copied = read_clipboard (&fixture->base);
  g_assert_cmpstr (copied, ==, expected);
  settle ();
  g_assert_true (shows_text (fixture->toast_overlay, "Causes on nginx copied"));

  /* The row at the end of a platform's causes does the same. */
  expander = find_widget (GTK_WIDGET (fixture->base.detail), ADW_TYPE_EXPANDER_ROW, "Common causes on AWS");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  settle ();
  copy_row = gtk_widget_get_ancestor (find_widget (expander, GTK_TYPE_LABEL, "Copy the Causes on AWS"),
                                      ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (copy_row);
  expected_aws = sc_copy_causes_dup_text (status, SC_PLATFORM_AWS);
  clear_clipboard (fixture);
  g_signal_emit_by_name (copy_row, "activate");
  copied_aws = read_clipboard (&fixture->base);
  g_assert_cmpstr (copied_aws, ==, expected_aws);
  settle ();
  g_assert_true (shows_text (fixture->toast_overlay, "Causes on AWS copied"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD_TEST(path, func) \
  g_test_add (path, CopyFixture, NULL, copy_fixture_set_up, func, copy_fixture_tear_down)

  ADD_TEST ("/copy/every-format", test_copy_every_format);
  ADD_TEST ("/copy/menu-labels", test_copy_menu_labels);
  ADD_TEST ("/copy/no-constants", test_copy_no_constants);
  ADD_TEST ("/copy/unofficial", test_copy_unofficial);
  ADD_TEST ("/copy/nothing-selected", test_copy_nothing_selected);
  ADD_TEST ("/copy/shortcut", test_copy_shortcut);
  ADD_TEST ("/copy/causes", test_copy_causes);

  return g_test_run ();
}
