/* window-fixture.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sc-status-loader.h"
#include "window-fixture.h"

#define STATUS_DATA_PATH RESOURCE_PREFIX "/status-codes.xml"

/* The widget of @type that a template or a .ui file of the app names
 * @id, or with no @id the first of @type, below @root. (A widget with a
 * template of its own is named after its class instead.) */
static GtkWidget *
find_by_id (GtkWidget  *root,
            GType       type,
            const char *id)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (id == NULL || g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, type, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A widget of the window's, found in it as the tests need it, by the id
 * a .ui file gives it: the window binds no template child for tests. */
gpointer
template_child (Fixture    *fixture,
                GType       type,
                const char *name)
{
  GtkWidget *child = find_by_id (GTK_WIDGET (fixture->window), type, name);

  g_assert_nonnull (child);
  return child;
}

/* Whether @widget is of @type and, unless @label is %NULL, reads @label
 * to a screen reader: a label by its text, other widgets by their
 * accessible label. */
static gboolean
widget_matches (GtkWidget  *widget,
                GType       type,
                const char *label)
{
  g_autofree char *error = NULL;

  if (!g_type_is_a (G_OBJECT_TYPE (widget), type))
    return FALSE;
  if (label == NULL)
    return TRUE;
  if (GTK_IS_LABEL (widget))
    return g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), label);

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  return error == NULL;
}

/* The first widget of @type in @root (itself included, depth first)
 * that reads @label, if not %NULL; %NULL if there is none. */
GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label)
{
  if (widget_matches (root, type, label))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets GTK lay out and draw whatever changed. */
void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (100, timed_out_cb, &done);
  WAIT_UNTIL (done);
}

static void
collect_label_texts (GtkWidget *widget,
                     GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget))
    g_ptr_array_add (texts, (gpointer)gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* Whether a label shown in @widget reads @text, or, unless @exact, has it
 * somewhere in it. */
static gboolean
shows_text_full (GtkWidget  *widget,
                 const char *text,
                 gboolean    exact)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_label_texts (widget, texts);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *shown = g_ptr_array_index (texts, i);

      if (exact ? g_str_equal (shown, text) : strstr (shown, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  return shows_text_full (widget, text, TRUE);
}

gboolean
shows_text_containing (GtkWidget  *widget,
                       const char *text)
{
  return shows_text_full (widget, text, FALSE);
}

ScStatus *
selected_status (Fixture *fixture)
{
  return gtk_single_selection_get_selected_item (fixture->selection);
}

guint
n_results (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->selection));
}

void
type_search (Fixture    *fixture,
             const char *text)
{
  gtk_editable_set_text (fixture->search_entry, text);
  settle ();
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

char *
read_clipboard (Fixture *fixture)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (fixture->window));
  char *text = NULL;

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  WAIT_UNTIL (text != NULL);

  return text;
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->statuses = sc_status_loader_load_resource (STATUS_DATA_PATH, NULL, &error);
  g_assert_no_error (error);

  fixture->window = g_object_new (SC_TYPE_WINDOW,
                                  "statuses", fixture->statuses,
                                  "default-width", 1000,
                                  "default-height", 700,
                                  NULL);
  fixture->search_entry = template_child (fixture, GTK_TYPE_EDITABLE, "search_entry");
  fixture->selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (template_child (fixture, GTK_TYPE_LIST_VIEW, "list_view")));
  fixture->detail = template_child (fixture, SC_TYPE_STATUS_DETAIL, NULL);
  fixture->shell = template_child (fixture, GTK_TYPE_WIDGET, "shell");

  gtk_window_present (GTK_WINDOW (fixture->window));
  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
  settle ();
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->statuses);
}

