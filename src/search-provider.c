/* search-provider.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * status-codes-search-provider: GNOME Shell's search provider, without
 * GTK (see ScSearchService).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sc-search-service.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ScSearchService) service = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  service = sc_search_service_new ();

  return g_application_run (G_APPLICATION (service), argc, argv);
}
