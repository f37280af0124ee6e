/* test-window-i18n.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window in a Chinese session (LANGUAGE=zh_CN), with the catalog
 * built from po/: the interface and every text of the status data in
 * Chinese, search in Chinese and in English, and a copy that puts the
 * Chinese description on the clipboard.
 *
 * gtk_test_init() would force the C locale, so main() sets the locale from
 * the environment and calls gtk_init() itself.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sc-status-loader.h"
#include "window-fixture.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* Whether @text has Chinese characters in it. */
static gboolean
has_han (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;

  return FALSE;
}

/* Every text of the data is looked up in the catalog: titles, summaries
 * and descriptions all come out in Chinese, so no message ID differs from
 * what the loader asks for. Reason phrases stay as they are. */
static void
test_i18n_every_text_translated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  guint n_statuses;

  g_assert_no_error (error);
  n_statuses = g_list_model_get_n_items (statuses);
  g_assert_cmpuint (n_statuses, >, 60);

  for (guint i = 0; i < n_statuses; i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      const ScCause *causes;
      gsize n_causes;

      g_test_message ("%u", sc_status_get_code (status));
      g_assert_false (has_han (sc_status_get_phrase (status)));
      g_assert_true (sc_status_has_own_title (status));
      g_assert_true (has_han (sc_status_get_title (status)));
      g_assert_true (has_han (sc_status_get_summary (status)));
      g_assert_true (has_han (sc_status_get_description (status)));

      /* Each cause's text too; what it names to check stays literal. */
      causes = sc_status_get_causes (status, &n_causes);
      for (gsize j = 0; j < n_causes; j++)
        {
          g_assert_true (has_han (causes[j].text));
          for (guint k = 0; causes[j].checks[k] != NULL; k++)
            g_assert_false (has_han (causes[j].checks[k]));
        }
    }
}

static void
test_i18n_window_in_chinese (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *list_view = template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view");
  const char *placeholder = NULL;

  g_assert_true (has_han (gtk_window_get_title (GTK_WINDOW (fixture->window))));
  g_object_get (fixture->search_entry, "placeholder-text", &placeholder, NULL);
  g_assert_true (has_han (placeholder));
  g_free ((char *)placeholder);
  g_assert_true (has_han (_("No Status Code Selected")));
  g_assert_true (shows_text (GTK_WIDGET (fixture->detail), _("No Status Code Selected")));

  /* The rows show the reason phrase and, beside it, the title. */
  type_search (fixture, "404");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_true (shows_text (list_view, "Not Found"));
  g_assert_true (shows_text (list_view, "未找到"));
}

static guint
first_result (Fixture *fixture)
{
  g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), 0);

  g_assert_nonnull (status);
  return sc_status_get_code (status);
}

static void
test_i18n_search (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Chinese, matched without spaces between words. */
  type_search (fixture, "未找到");
  g_assert_cmpuint (first_result (fixture), ==, 404);
  type_search (fixture, "请求过多");
  g_assert_cmpuint (first_result (fixture), ==, 429);
  type_search (fixture, "网关超时");
  g_assert_cmpuint (first_result (fixture), ==, 504);

  /* English still works: phrases are in English. */
  type_search (fixture, "not found");
  g_assert_cmpuint (first_result (fixture), ==, 404);
  type_search (fixture, "teapot");
  g_assert_cmpuint (first_result (fixture), ==, 418);

  /* Full-width digits, as a Chinese input method types them, are digits. */
  type_search (fixture, "４０４");
  g_assert_cmpuint (n_results (fixture), ==, 1);
  g_assert_cmpuint (first_result (fixture), ==, 404);
  type_search (fixture, "５ｘｘ");
  g_assert_cmpuint (first_result (fixture), ==, 500);
  for (guint i = 0; i < n_results (fixture); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (G_LIST_MODEL (fixture->selection), i);

      g_assert_cmpuint (sc_status_get_code (status) / 100, ==, 5);
    }
}

static void
test_i18n_detail_and_copy (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *detail = GTK_WIDGET (fixture->detail);
  GtkWidget *copy_button;
  GtkWidget *toast_overlay = template_child (fixture, ADW_TYPE_TOAST_OVERLAY, "toast_overlay");
  g_autofree char *clipboard_text = NULL;
  ScStatus *status;

  type_search (fixture, "未找到");
  g_signal_emit_by_name (fixture->search_entry, "activate");
  settle ();
  status = selected_status (fixture);
  g_assert_nonnull (status);
  g_assert_cmpuint (sc_status_get_code (status), ==, 404);

  /* The phrase in English, the title beside it, the texts in Chinese. */
  g_assert_true (shows_text (detail, "Not Found"));
  g_assert_true (shows_text (detail, "未找到"));
  g_assert_true (shows_text (detail, sc_status_get_summary (status)));
  g_assert_true (has_han (sc_status_get_summary (status)));
  g_assert_true (shows_text (detail, sc_status_get_description (status)));
  g_assert_true (has_han (sc_status_get_description (status)));

  /* The copy button reads in Chinese (复制…), and copies the Chinese
   * description shown. */
  copy_button = find_widget (detail, ADW_TYPE_SPLIT_BUTTON, NULL);
  g_assert_nonnull (copy_button);
  g_assert_true (shows_text_containing (copy_button, "复制"));
  g_assert_true (has_han (gtk_widget_get_tooltip_text (copy_button)));
  gtk_widget_activate (copy_button);
  WAIT_UNTIL (gdk_clipboard_is_local (gtk_widget_get_clipboard (copy_button)));
  clipboard_text = read_clipboard (fixture);
  g_assert_cmpstr (clipboard_text, ==, sc_status_get_description (status));
  g_assert_true (has_han (clipboard_text));

  /* The toast says so, in Chinese. */
  settle ();
  g_assert_true (shows_text (toast_overlay, _("Description copied")));
  g_assert_true (has_han (_("Description copied")));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("SC_TEST_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/i18n/every-text-translated", test_i18n_every_text_translated);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/i18n/window-in-chinese", test_i18n_window_in_chinese);
  ADD_TEST ("/i18n/search", test_i18n_search);
  ADD_TEST ("/i18n/detail-and-copy", test_i18n_detail_and_copy);

  return g_test_run ();
}
