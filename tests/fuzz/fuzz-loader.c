/* fuzz-loader.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target: the status data loader on arbitrary bytes. Either
 * it loads statuses, or it fails with an error that says what; it never
 * crashes, leaks or reads out of bounds. Run by build-aux/fuzz.sh; its
 * corpus is replayed by the unit suite (replay.c).
 */

#include "config.h"

#include "fuzz-common.h"

#include <string.h>

#include "sc-search-query.h"
#include "sc-status.h"
#include "sc-status-loader.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) statuses = NULL;
  ScRegistryDates dates;

  fuzz_init ();
  statuses = sc_status_loader_load_bytes (bytes, &dates, &error);

  if ((statuses == NULL) == (error == NULL))
    fuzz_fail ("the loader must give statuses or an error, not %s", statuses ? "both" : "neither");

  if (error != NULL)
    {
      if (error->message == NULL || error->message[0] == '\0')
        fuzz_fail ("an error without a message");
      return 0;
    }

  /* What loaded is what the app will show: look at every field. */
  for (guint i = 0; i < g_list_model_get_n_items (statuses); i++)
    {
      g_autoptr(ScStatus) status = g_list_model_get_item (statuses, i);
      ScSearchKeys keys;
      gsize n_related;
      gsize n_causes;
      const ScCause *causes;

      if (sc_status_get_code (status) < SC_STATUS_CODE_MIN || sc_status_get_code (status) > SC_STATUS_CODE_MAX)
        fuzz_fail ("status %u is out of range", sc_status_get_code (status));
      if (strlen (sc_status_get_phrase (status)) == 0 || strlen (sc_status_get_summary (status)) == 0)
        fuzz_fail ("status %u has an empty text", sc_status_get_code (status));
      /* What search makes of what was loaded. */
      sc_search_keys_init (&keys, status);
      for (ScSearchField field = 0; field < SC_N_SEARCH_FIELDS; field++)
        (void)strlen (keys.text[field]);
      sc_search_keys_clear (&keys);
      sc_status_get_related_codes (status, &n_related);
      (void)g_strv_length ((GStrv)sc_status_get_headers (status));
      (void)g_strv_length ((GStrv)sc_status_get_former_names (status));
      causes = sc_status_get_causes (status, &n_causes);
      for (gsize j = 0; j < n_causes; j++)
        {
          if (causes[j].platform >= SC_N_PLATFORMS || !g_str_has_prefix (causes[j].url, "https://") ||
              causes[j].text == NULL || causes[j].text[0] == '\0' ||
              causes[j].checks == NULL || causes[j].checks[0] == NULL)
            fuzz_fail ("status %u has a cause the loader should have refused", sc_status_get_code (status));
          (void)g_strv_length ((GStrv)causes[j].checks);
        }
    }

  return 0;
}
