/* test-search-provider.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The GNOME Shell search provider, called over D-Bus as the Shell calls
 * it, on a private bus: its results must be the sidebar's, in the
 * sidebar's order.
 */

#include "config.h"

#include <gio/gio.h>

#include "reference-search.h"
#include "sc-search-provider.h"
#include "sc-status-loader.h"
#include "test-status-new.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"
#define PROVIDER_PATH "/io/github/statuscodes/StatusCodes/SearchProvider"
#define PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

/* One private bus for all the tests: starting it sets the environment,
 * which is best done before any thread runs. */
static GTestDBus *bus;

typedef struct
{
  GDBusConnection *service;
  GDBusConnection *client;
  GListModel *statuses;
  ScSearchProvider *provider;
} Fixture;

static GDBusConnection *
connect_to_bus (void)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection;

  connection = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  return connection;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->service = connect_to_bus ();
  fixture->client = connect_to_bus ();

  fixture->statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  g_assert_no_error (error);

  fixture->provider = sc_search_provider_new (fixture->statuses);
  sc_search_provider_register (fixture->provider, fixture->service, PROVIDER_PATH, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sc_search_provider_unregister (fixture->provider);
  g_assert_finalize_object (fixture->provider);
  g_clear_object (&fixture->statuses);

  g_dbus_connection_close_sync (fixture->client, NULL, NULL);
  g_dbus_connection_close_sync (fixture->service, NULL, NULL);
  g_clear_object (&fixture->client);
  g_clear_object (&fixture->service);
}

/* A call in flight, made synchronously from a thread of its own, as the
 * provider answers in this thread's main loop. */
typedef struct
{
  Fixture *fixture;
  const char *method;
  GVariant *parameters;
  const GVariantType *reply_type;
  GVariant *reply;
  GError *error;
  gboolean done;
} Call;

static gpointer
call_thread (gpointer data)
{
  Call *call = data;

  call->reply = g_dbus_connection_call_sync (call->fixture->client,
                                             g_dbus_connection_get_unique_name (call->fixture->service),
                                             PROVIDER_PATH,
                                             PROVIDER_INTERFACE,
                                             call->method,
                                             call->parameters,
                                             call->reply_type,
                                             G_DBUS_CALL_FLAGS_NO_AUTO_START,
                                             10000,
                                             NULL,
                                             &call->error);
  g_atomic_int_set (&call->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

/* Calls @method with @parameters (floating, consumed); returns the reply
 * or NULL with @error set. */
static GVariant *
call_provider (Fixture             *fixture,
               const char          *method,
               GVariant            *parameters,
               const GVariantType  *reply_type,
               GError             **error)
{
  Call call = { fixture, method, g_variant_ref_sink (parameters), reply_type, NULL, NULL, FALSE };
  GThread *thread = g_thread_new ("call", call_thread, &call);

  while (!g_atomic_int_get (&call.done))
    g_main_context_iteration (NULL, TRUE);
  g_thread_join (thread);

  /* Whatever the call made the provider emit has been emitted by now. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_variant_unref (call.parameters);
  if (call.error != NULL)
    g_propagate_error (error, call.error);
  return call.reply;
}

static GStrv
get_initial_result_set (Fixture            *fixture,
                        const char * const *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GStrv results = NULL;

  reply = call_provider (fixture, "GetInitialResultSet",
                         g_variant_new ("(^as)", terms),
                         G_VARIANT_TYPE ("(as)"), &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(^as)", &results);
  return results;
}

static GStrv
get_subsearch_result_set (Fixture            *fixture,
                          const char * const *previous,
                          const char * const *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  GStrv results = NULL;

  reply = call_provider (fixture, "GetSubsearchResultSet",
                         g_variant_new ("(^as^as)", previous, terms),
                         G_VARIANT_TYPE ("(as)"), &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(^as)", &results);
  return results;
}

/* The codes a search shows, made the plain way (reference-search.c). */
static GStrv
sidebar_results (GListModel *statuses,
                 const char *search,
                 gboolean    show_unofficial)
{
  g_autoptr(GPtrArray) matches = reference_search (statuses, search, show_unofficial, 0);
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  for (guint i = 0; i < matches->len; i++)
    g_strv_builder_add (codes, sc_status_get_code_string (g_ptr_array_index (matches, i)));

  return g_strv_builder_end (codes);
}

static void
assert_strv_equal (const char * const *actual,
                   const char * const *expected)
{
  if (!g_strv_equal (actual, expected))
    {
      g_autofree char *actual_text = g_strjoinv (" ", (char **)actual);
      g_autofree char *expected_text = g_strjoinv (" ", (char **)expected);

      g_assert_cmpstr (actual_text, ==, expected_text);
    }
}

static void
test_code (Fixture       *fixture,
           gconstpointer  data)
{
  const char *terms[] = { "404", NULL };
  g_auto(GStrv) results = get_initial_result_set (fixture, terms);

  g_assert_nonnull (results[0]);
  g_assert_cmpstr (results[0], ==, "404");
}

/* The Shell splits what the user typed into words; the results are what
 * the sidebar shows for the words as typed, in the same order. */
static void
test_same_as_sidebar (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *searches[] = {
    "not found", "4", "41", "5xx", "5xx gateway", "teapot", "too many", "moved", "request", "Payload",
    "client_max_body_size", "ERR_TOO_MANY_REDIRECTS", "idle_timeout.timeout_seconds", "5xx idle_timeout",
  };

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_auto(GStrv) terms = g_strsplit (searches[i], " ", -1);
      g_auto(GStrv) results = get_initial_result_set (fixture, (const char * const *)terms);
      g_auto(GStrv) expected = sidebar_results (fixture->statuses, searches[i], TRUE);

      g_test_message ("'%s': %u results", searches[i], g_strv_length (results));
      g_assert_cmpuint (g_strv_length (expected), >, 0);
      assert_strv_equal ((const char * const *)results, (const char * const *)expected);
    }
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  const char *terms[] = { "not", "found", NULL };
  g_auto(GStrv) results = get_initial_result_set (fixture, terms);

  g_assert_true (g_strv_contains ((const char * const *)results, "404"));
  /* The phrase matches both words: nothing ranks above it but other
   * phrases that do, and 404 is the first such code. */
  g_assert_cmpstr (results[0], ==, "404");
}

static void
test_no_terms (Fixture       *fixture,
               gconstpointer  data)
{
  const char *none[] = { NULL };
  const char *blank[] = { "", " ", NULL };
  const char *nothing[] = { "zzzzqqq", NULL };
  g_auto(GStrv) results_none = get_initial_result_set (fixture, none);
  g_auto(GStrv) results_blank = get_initial_result_set (fixture, blank);
  g_auto(GStrv) results_nothing = get_initial_result_set (fixture, nothing);

  g_assert_cmpuint (g_strv_length (results_none), ==, 0);
  g_assert_cmpuint (g_strv_length (results_blank), ==, 0);
  g_assert_cmpuint (g_strv_length (results_nothing), ==, 0);
}

static void
test_subsearch (Fixture       *fixture,
                gconstpointer  data)
{
  const char *first_terms[] = { "not", NULL };
  const char *terms[] = { "not", "found", NULL };
  g_auto(GStrv) previous = get_initial_result_set (fixture, first_terms);
  g_auto(GStrv) narrowed = get_subsearch_result_set (fixture, (const char * const *)previous, terms);
  g_auto(GStrv) expected = sidebar_results (fixture->statuses, "not found", TRUE);

  /* Typing on narrows the results to those of the longer search. */
  g_assert_cmpuint (g_strv_length (narrowed), <, g_strv_length (previous));
  g_assert_cmpuint (g_strv_length (narrowed), >, 0);
  for (guint i = 0; narrowed[i] != NULL; i++)
    g_assert_true (g_strv_contains ((const char * const *)previous, narrowed[i]));
  assert_strv_equal ((const char * const *)narrowed, (const char * const *)expected);

  /* Ranked anew, whatever order the previous results came in. */
  {
    guint n = g_strv_length (previous);
    g_autofree const char **reversed = g_new0 (const char *, n + 1);
    g_auto(GStrv) narrowed_reversed = NULL;

    for (guint i = 0; i < n; i++)
      reversed[i] = previous[n - 1 - i];

    narrowed_reversed = get_subsearch_result_set (fixture, reversed, terms);
    assert_strv_equal ((const char * const *)narrowed_reversed, (const char * const *)expected);
  }
}

/* A subsearch is a search afresh, whatever the previous results were:
 * typing a pasted status line on finds its code with the last digit,
 * though the results of the line without it did not hold that code. */
static void
test_subsearch_afresh (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *previous[] = { "500", "abc", "999", "0404", "404", "", "+404", NULL };
  const char *terms_4[] = { "4", NULL };
  const char *terms_none[] = { NULL };
  const char *typed[] = { "HTTP/2", "40", NULL };
  const char *pasted[] = { "HTTP/2", "404", NULL };
  const char *expected_pasted[] = { "404", NULL };
  g_auto(GStrv) expected_4 = sidebar_results (fixture->statuses, "4", TRUE);
  g_auto(GStrv) results_4 = get_subsearch_result_set (fixture, previous, terms_4);
  g_auto(GStrv) results_none = get_subsearch_result_set (fixture, previous, terms_none);
  g_auto(GStrv) results_typed = get_initial_result_set (fixture, typed);
  g_autoptr(GStrvBuilder) without_404 = g_strv_builder_new ();
  g_auto(GStrv) previous_typed = NULL;
  g_auto(GStrv) results_pasted = NULL;

  for (guint i = 0; results_typed[i] != NULL; i++)
    if (!g_str_equal (results_typed[i], "404"))
      g_strv_builder_add (without_404, results_typed[i]);
  previous_typed = g_strv_builder_end (without_404);
  results_pasted = get_subsearch_result_set (fixture, (const char * const *)previous_typed, pasted);

  assert_strv_equal ((const char * const *)results_4, (const char * const *)expected_4);
  g_assert_cmpuint (g_strv_length (results_none), ==, 0);
  assert_strv_equal ((const char * const *)results_pasted, expected_pasted);
}

/* Unofficial codes follow the sidebar's switch, given as a property. */
static void
test_unofficial (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *terms[] = { "499", NULL };
  const char *word_terms[] = { "client", NULL };
  const char *previous[] = { "499", "400", NULL };
  const char *class_terms[] = { "4xx", NULL };
  g_auto(GStrv) subsearch_expected = sidebar_results (fixture->statuses, "4xx", FALSE);

  {
    g_auto(GStrv) results = get_initial_result_set (fixture, terms);

    g_assert_true (sc_search_provider_get_show_unofficial (fixture->provider));
    g_assert_cmpstr (results[0], ==, "499");
  }

  sc_search_provider_set_show_unofficial (fixture->provider, FALSE);

  {
    g_auto(GStrv) results = get_initial_result_set (fixture, terms);
    g_auto(GStrv) word_results = get_initial_result_set (fixture, word_terms);
    g_auto(GStrv) word_expected = sidebar_results (fixture->statuses, "client", FALSE);
    g_auto(GStrv) subsearch = get_subsearch_result_set (fixture, previous, class_terms);

    g_assert_cmpuint (g_strv_length (results), ==, 0);
    g_assert_false (g_strv_contains ((const char * const *)word_results, "499"));
    assert_strv_equal ((const char * const *)word_results, (const char * const *)word_expected);
    g_assert_false (g_strv_contains ((const char * const *)subsearch, "499"));
    assert_strv_equal ((const char * const *)subsearch, (const char * const *)subsearch_expected);
  }

  g_object_set (fixture->provider, "show-unofficial", TRUE, NULL);

  {
    g_auto(GStrv) word_results = get_initial_result_set (fixture, word_terms);

    g_assert_true (g_strv_contains ((const char * const *)word_results, "499"));
  }
}

static void
assert_meta (GVariant   *meta,
             ScStatus   *status)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (meta);
  g_autofree char *name = g_strdup_printf ("%u %s", sc_status_get_code (status), sc_status_get_phrase (status));
  g_autoptr(GVariant) icon_variant = NULL;
  g_autoptr(GIcon) icon = NULL;
  const char *text;

  g_assert_true (g_variant_dict_lookup (dict, "id", "&s", &text));
  g_assert_cmpstr (text, ==, sc_status_get_code_string (status));
  g_assert_true (g_variant_dict_lookup (dict, "name", "&s", &text));
  g_assert_cmpstr (text, ==, name);
  g_assert_true (g_variant_dict_lookup (dict, "description", "&s", &text));
  g_assert_cmpstr (text, ==, sc_status_get_summary (status));
  /* What the Shell copies when the result is chosen: the code and
   * phrase, not the description. */
  g_assert_true (g_variant_dict_lookup (dict, "clipboardText", "&s", &text));
  g_assert_cmpstr (text, ==, name);

  icon_variant = g_variant_dict_lookup_value (dict, "icon", NULL);
  g_assert_nonnull (icon_variant);
  icon = g_icon_deserialize (icon_variant);
  g_assert_true (G_IS_THEMED_ICON (icon));
  g_assert_cmpstr (g_themed_icon_get_names (G_THEMED_ICON (icon))[0], ==, APPLICATION_ID);
}

static void
test_result_metas (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *ids[] = { "404", "999", "abc", "0404", "", "499", "4xx", NULL };
  static const guint expected[] = { 404, 499 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;

  reply = call_provider (fixture, "GetResultMetas",
                         g_variant_new ("(^as)", ids),
                         G_VARIANT_TYPE ("(aa{sv})"), &error);
  g_assert_no_error (error);

  /* IDs that name no status are left out. */
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
      g_autoptr(ScStatus) status = sc_status_list_find (fixture->statuses, expected[i], NULL);

      g_assert_nonnull (status);
      assert_meta (meta, status);
    }
}

/* Where a status has a title of its own (its phrase's translation), the
 * result's name shows it after the phrase, as the window does; what is
 * copied stays the code and phrase. */
static void
test_result_name_title (void)
{
  g_autoptr(GListStore) statuses = g_list_store_new (SC_TYPE_STATUS);
  g_autoptr(ScStatus) found = test_status_new_full (404, "Not Found", "没有这个资源。", "服务器找不到请求的资源。");
  g_autoptr(ScStatus) plain = test_status_new_full (418, "(Unused)", "Unused.", "Reserved.");
  g_autoptr(ScSearchProvider) provider = NULL;
  g_autoptr(GDBusConnection) service = connect_to_bus ();
  g_autoptr(GDBusConnection) client = connect_to_bus ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  const char *ids[] = { "404", "418", NULL };
  g_autofree char *name_found = NULL;
  g_autofree char *name_plain = NULL;
  Fixture fixture = { service, client, NULL, NULL };

  found->title = g_strdup ("未找到");
  plain->title = g_strdup ("(Unused)");
  g_list_store_append (statuses, found);
  g_list_store_append (statuses, plain);

  name_found = sc_search_provider_dup_name (found);
  name_plain = sc_search_provider_dup_name (plain);
  g_assert_cmpstr (name_found, ==, "404 Not Found 未找到");
  g_assert_cmpstr (name_plain, ==, "418 (Unused)");

  provider = sc_search_provider_new (G_LIST_MODEL (statuses));
  sc_search_provider_register (provider, service, PROVIDER_PATH, &error);
  g_assert_no_error (error);
  fixture.provider = provider;

  reply = call_provider (&fixture, "GetResultMetas", g_variant_new ("(^as)", ids),
                         G_VARIANT_TYPE ("(aa{sv})"), &error);
  g_assert_no_error (error);
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, 2);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GVariant) meta = g_variant_get_child_value (metas, i);
      g_autoptr(GVariantDict) dict = g_variant_dict_new (meta);
      const char *text;

      g_assert_true (g_variant_dict_lookup (dict, "name", "&s", &text));
      g_assert_cmpstr (text, ==, i == 0 ? "404 Not Found 未找到" : "418 (Unused)");
      g_assert_true (g_variant_dict_lookup (dict, "description", "&s", &text));
      g_assert_cmpstr (text, ==, i == 0 ? "没有这个资源。" : "Unused.");
      g_assert_true (g_variant_dict_lookup (dict, "clipboardText", "&s", &text));
      g_assert_cmpstr (text, ==, i == 0 ? "404 Not Found" : "418 (Unused)");
    }

  sc_search_provider_unregister (provider);
  g_assert_finalize_object (g_steal_pointer (&provider));
  g_dbus_connection_close_sync (client, NULL, NULL);
  g_dbus_connection_close_sync (service, NULL, NULL);
}

typedef struct
{
  guint n_emissions;
  guint code;
  char *search;
  guint timestamp;
} Emissions;

static void
on_activate_result (ScSearchProvider *provider,
                    guint             code,
                    guint             timestamp,
                    Emissions        *emissions)
{
  emissions->n_emissions++;
  emissions->code = code;
  emissions->timestamp = timestamp;
}

static void
on_launch_search (ScSearchProvider *provider,
                  const char       *search,
                  guint             timestamp,
                  Emissions        *emissions)
{
  emissions->n_emissions++;
  g_free (emissions->search);
  emissions->search = g_strdup (search);
  emissions->timestamp = timestamp;
}

static void
test_activate_result (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *terms[] = { "not", "found", NULL };
  Emissions emissions = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  g_signal_connect (fixture->provider, "activate-result", G_CALLBACK (on_activate_result), &emissions);

  reply = call_provider (fixture, "ActivateResult",
                         g_variant_new ("(s^asu)", "404", terms, 4242),
                         G_VARIANT_TYPE ("()"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emissions.n_emissions, ==, 1);
  g_assert_cmpuint (emissions.code, ==, 404);
  g_assert_cmpuint (emissions.timestamp, ==, 4242);

  /* An unofficial code is shown too, even when the switch hides it. */
  sc_search_provider_set_show_unofficial (fixture->provider, FALSE);
  g_clear_pointer (&reply, g_variant_unref);
  reply = call_provider (fixture, "ActivateResult",
                         g_variant_new ("(s^asu)", "499", terms, 7),
                         G_VARIANT_TYPE ("()"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emissions.n_emissions, ==, 2);
  g_assert_cmpuint (emissions.code, ==, 499);
  g_assert_cmpuint (emissions.timestamp, ==, 7);

  /* An ID that names no status: a D-Bus error, and nothing emitted. */
  g_clear_pointer (&reply, g_variant_unref);
  reply = call_provider (fixture, "ActivateResult",
                         g_variant_new ("(s^asu)", "999", terms, 8),
                         G_VARIANT_TYPE ("()"), &error);
  g_assert_error (error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  g_assert_null (reply);
  g_assert_cmpuint (emissions.n_emissions, ==, 2);

  g_signal_handlers_disconnect_by_data (fixture->provider, &emissions);
}

static void
test_launch_search (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *terms[] = { "not", "found", NULL };
  Emissions emissions = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  g_signal_connect (fixture->provider, "launch-search", G_CALLBACK (on_launch_search), &emissions);

  reply = call_provider (fixture, "LaunchSearch",
                         g_variant_new ("(^asu)", terms, 99),
                         G_VARIANT_TYPE ("()"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (emissions.n_emissions, ==, 1);
  g_assert_cmpstr (emissions.search, ==, "not found");
  g_assert_cmpuint (emissions.timestamp, ==, 99);

  g_signal_handlers_disconnect_by_data (fixture->provider, &emissions);
  g_free (emissions.search);
}

/* Unregistered, the provider answers nothing. */
static void
test_unregister (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *terms[] = { "404", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  sc_search_provider_unregister (fixture->provider);

  reply = call_provider (fixture, "GetInitialResultSet",
                         g_variant_new ("(^as)", terms),
                         G_VARIANT_TYPE ("(as)"), &error);
  g_assert_nonnull (error);
  g_assert_null (reply);
}

/* The file that tells GNOME Shell where the provider is names the
 * provider's bus name and the path it exports the provider at. */
static void
test_provider_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                 APPLICATION_ID ".search-provider.ini", NULL);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) app_path_parts = g_strsplit (APPLICATION_ID, ".", -1);
  g_autofree char *app_path = g_strjoinv ("/", app_path_parts);
  g_autofree char *object_path = g_strconcat ("/", app_path, "/SearchProvider", NULL);
  g_autofree char *value = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

#define ASSERT_KEY(key, expected) \
  G_STMT_START { \
    g_free (value); \
    value = g_key_file_get_string (key_file, "Shell Search Provider", key, &error); \
    g_assert_no_error (error); \
    g_assert_cmpstr (value, ==, expected); \
  } G_STMT_END

  ASSERT_KEY ("DesktopId", APPLICATION_ID ".desktop");
  /* The provider is a process of its own (status-codes-search-provider),
   * under a bus name below the app's. */
  ASSERT_KEY ("BusName", APPLICATION_ID ".SearchProvider");
  ASSERT_KEY ("ObjectPath", object_path);
  ASSERT_KEY ("ObjectPath", PROVIDER_PATH);
  ASSERT_KEY ("Version", "2");

#undef ASSERT_KEY
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/search-provider/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("code", test_code);
  ADD ("same-as-sidebar", test_same_as_sidebar);
  ADD ("not-found", test_not_found);
  ADD ("no-terms", test_no_terms);
  ADD ("subsearch", test_subsearch);
  ADD ("subsearch-afresh", test_subsearch_afresh);
  ADD ("unofficial", test_unofficial);
  ADD ("result-metas", test_result_metas);
  ADD ("activate-result", test_activate_result);
  ADD ("launch-search", test_launch_search);
  ADD ("unregister", test_unregister);

#undef ADD

  g_test_add_func ("/search-provider/result-name-title", test_result_name_title);
  g_test_add_func ("/search-provider/provider-file", test_provider_file);

  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  status = g_test_run ();

  g_test_dbus_down (bus);
  g_clear_object (&bus);

  return status;
}
