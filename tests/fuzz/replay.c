/* replay.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a fuzz target on every file of its corpus and of its regressions
 * (the inputs that once made it fail), with any compiler: the unit suite
 * replays them at every run, and libFuzzer is needed only to find new
 * ones (build-aux/fuzz.sh). Arguments are files or folders of inputs.
 */

#include <glib.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static guint
replay (const char *path)
{
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      guint n_inputs = 0;
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      /* In a fixed order, so that a failure is the same at every run. */
      g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        n_inputs += replay (g_ptr_array_index (names, i));
      return n_inputs;
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize size;

      g_file_get_contents (path, &contents, &size, &error);
      g_assert_no_error (error);
      LLVMFuzzerTestOneInput ((const guint8 *)contents, size);
      return 1;
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s CORPUS…\n", argv[0]);
      return 2;
    }

  printf ("1..%d\n", argc - 1);
  for (int i = 1; i < argc; i++)
    {
      guint n = replay (argv[i]);

      /* An empty corpus would replay nothing and pass: that is a defect. */
      if (n == 0)
        {
          printf ("not ok %d %s: no inputs\n", i, argv[i]);
          return 1;
        }
      printf ("ok %d %s: %u inputs\n", i, argv[i], n);
    }

  return 0;
}
