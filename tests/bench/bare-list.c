/* bare-list.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A second floor for build-aux/bench.sh: the bare window of bare-window.c
 * with the least a list of the statuses needs, a GtkListView of one plain
 * label per status ("404 Not Found"), in a scrolled window. What the app
 * costs beyond it is its own; what this costs beyond the bare window is
 * that of showing a list of text at all.
 *
 * Built by meson (tests/bench/meson.build), which the benchmark runs.
 */

#include "config.h"

#include <gtk/gtk.h>

#include "bare-app.h"
#include "sc-status.h"
#include "sc-status-loader.h"

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GListModel *
load_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = sc_status_loader_load_resource (RESOURCE_PREFIX "/status-codes.xml", NULL, &error);
  GtkStringList *lines = gtk_string_list_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      g_autofree char *line = g_strdup_printf ("%s %s", sc_status_get_code_string (status), sc_status_get_phrase (status));

      gtk_string_list_append (lines, line);
    }

  return G_LIST_MODEL (lines);
}

static GtkWidget *
make_list (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (gtk_single_selection_new (load_lines ()));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), gtk_list_view_new (selection, factory));

  return scrolled;
}

int
main (int   argc,
      char *argv[])
{
  return bare_app_run ("io.github.statuscodes.BareList", make_list, argc, argv);
}
