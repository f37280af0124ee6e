/* run-app.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built program as a terminal would, for the tests of its
 * command line.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "run-app.h"

void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  g_clear_pointer (&run->lines, g_strfreev);
}

/* Runs the built program with the arguments, NULL-terminated, with
 * neither a display nor a session bus: options and --print must need
 * neither. Never a crash (a signal, or the abort of a critical), never a
 * warning, and output in UTF-8 with every line ended. (Standard error may
 * repeat bytes of a bad argument as they came.) */
void
run_app (Run        *run,
         const char *first_arg,
         ...)
{
  g_autofree char *exe = g_test_build_filename (G_TEST_BUILT, "..", "src", "status-codes", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;
  int wait_status;

  g_assert_true (g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE));

  g_ptr_array_add (argv, exe);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  envp = g_environ_setenv (envp, "G_DEBUG", "fatal-warnings", TRUE);

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);

  g_assert_true (WIFEXITED (wait_status));
  run->exit_status = WEXITSTATUS (wait_status);
  g_assert_true (g_utf8_validate (run->out, -1, NULL));
  g_assert_null (strstr (run->err, "CRITICAL"));
  g_assert_null (strstr (run->err, "WARNING"));

  g_assert_true (run->out[0] == '\0' || g_str_has_suffix (run->out, "\n"));
  run->lines = g_strsplit (run->out, "\n", -1);
}
