/* test-status-new.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-status-new.h"

ScStatus *
test_status_new_full (guint       code,
                      const char *phrase,
                      const char *summary,
                      const char *description)
{
  ScStatus *status = sc_status_new (code);

  status->phrase = g_strdup (phrase);
  status->summary = g_strdup (summary);
  status->description = g_strdup (description);

  return status;
}

ScStatus *
test_status_new (guint               code,
                 const char         *phrase,
                 const char * const *former_names)
{
  ScStatus *status = test_status_new_full (code, phrase, "A Summary.", "Some DESCRIPTION text.");

  test_status_add_strings (status->former_names, former_names);

  return status;
}

/* Copies @model with another code, as tests and benchmarks that need more
 * statuses than the data has make them. */
ScStatus *
test_status_copy (ScStatus *model,
                  guint     code)
{
  ScStatus *status = test_status_new_full (code, model->phrase, model->summary, model->description);

  status->title = g_strdup (model->title);
  status->registry_status = model->registry_status;
  status->origin = g_strdup (model->origin);
  test_status_add_strings (status->headers, sc_status_get_headers (model));
  test_status_add_strings (status->former_names, sc_status_get_former_names (model));
  for (guint i = 0; i < model->causes->len; i++)
    {
      const ScCause *cause = &g_array_index (model->causes, ScCause, i);
      ScCause copy = {
        cause->platform,
        g_strdup (cause->text),
        g_strdup (cause->url),
        (const char * const *)g_strdupv ((GStrv)cause->checks),
      };

      g_array_append_val (status->causes, copy);
    }

  return status;
}

void
test_status_add_strings (GPtrArray          *array,
                         const char * const *strings)
{
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    g_ptr_array_add (array, g_strdup (strings[i]));
}
