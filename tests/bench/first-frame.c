/* first-frame.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures a program's first frame from outside it, as an X client, so
 * that the program carries nothing for its benchmark:
 *
 *   first-frame IDLE_MS PROGRAM [ARGS…]
 *
 * starts PROGRAM on the X server of $DISPLAY, waits for the first top-level
 * window that it maps and for the first damage to that window after it is
 * mapped, which is GTK's first frame on the screen (it matched GTK's own
 * "after-paint" of its first rendered frame within 1 ms), lets it idle
 * IDLE_MS, then kills it. It prints, for build-aux/bench.sh:
 *
 *   first-frame-ms N    from just before exec to the first damage
 *   cpu-ms N            the CPU time of all its threads until then, which
 *                       other work on the machine changes far less
 *   peak-rss-kib N      the program's VmHWM, shown and idle
 *
 * The server must have no other client mapping windows (bench.sh runs
 * its own Xvfb, with no window manager).
 */

#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TIMEOUT_MS 60000

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long
peak_rss_kib (pid_t pid)
{
  char path[64], line[256];
  long kib = -1;
  FILE *status;

  snprintf (path, sizeof path, "/proc/%d/status", (int)pid);
  if ((status = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, status) != NULL)
    if (sscanf (line, "VmHWM: %ld kB", &kib) == 1)
      break;
  fclose (status);
  return kib;
}

/* The CPU time of all the threads of @pid so far, in ms, from their
 * schedstat (in ns, unlike the 10 ms ticks of stat). */
static double
cpu_ms (pid_t pid)
{
  char path[300];
  unsigned long long run_ns, total_ns = 0;
  struct dirent *task;
  DIR *tasks;
  FILE *schedstat;

  snprintf (path, sizeof path, "/proc/%d/task", (int)pid);
  if ((tasks = opendir (path)) == NULL)
    return -1;
  while ((task = readdir (tasks)) != NULL)
    {
      if (task->d_name[0] == '.')
        continue;
      snprintf (path, sizeof path, "/proc/%d/task/%s/schedstat", (int)pid, task->d_name);
      if ((schedstat = fopen (path, "r")) == NULL)
        continue;
      if (fscanf (schedstat, "%llu", &run_ns) == 1)
        total_ns += run_ns;
      fclose (schedstat);
    }
  closedir (tasks);
  return total_ns / 1e6;
}

/* Waits for an X event until @deadline (ms), or for the child to exit. */
static int
next_event (Display *display,
            XEvent  *event,
            double   deadline)
{
  while (XPending (display) == 0)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };
      double left = deadline - now_ms ();

      if (left <= 0 || waitpid (-1, NULL, WNOHANG) != 0)
        return 0;
      /* At most 100 ms at a time, to notice a child that died. */
      if (poll (&fd, 1, left < 100 ? (int)left + 1 : 100) < 0 && errno != EINTR)
        return 0;
    }
  XNextEvent (display, event);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  int damage_event, damage_error;
  Window window = None;
  Damage damage = None;
  double start, deadline, first_frame = -1, first_frame_cpu = -1;
  long idle_ms;
  pid_t pid;
  XEvent event;
  int status;

  if (argc < 3)
    {
      fprintf (stderr, "Usage: %s IDLE_MS PROGRAM [ARGS…]\n", argv[0]);
      return 2;
    }
  idle_ms = strtol (argv[1], NULL, 10);

  if ((display = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "%s: cannot open the display\n", argv[0]);
      return 2;
    }
  if (!XDamageQueryExtension (display, &damage_event, &damage_error))
    {
      fprintf (stderr, "%s: the X server has no DAMAGE extension\n", argv[0]);
      return 2;
    }
  /* Top-level windows are the root's children: hear them map. */
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  XSync (display, False);

  start = now_ms ();
  pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      return 2;
    }
  if (pid == 0)
    {
      close (ConnectionNumber (display));
      execvp (argv[2], argv + 2);
      perror (argv[2]);
      _exit (127);
    }

  deadline = start + TIMEOUT_MS;
  while (first_frame < 0 && next_event (display, &event, deadline))
    {
      if (event.type == MapNotify && window == None &&
          event.xmap.event == DefaultRootWindow (display) && !event.xmap.override_redirect)
        {
          window = event.xmap.window;
          damage = XDamageCreate (display, window, XDamageReportNonEmpty);
          /* The server reports a window that is already shown as all
           * damaged when the damage is created: drop that report, and
           * empty the damage so that the next drawing is reported. GTK
           * draws its first frame some milliseconds after it maps. */
          XSync (display, False);
          while (XCheckTypedEvent (display, damage_event + XDamageNotify, &event))
            ;
          XDamageSubtract (display, damage, None, None);
          XSync (display, False);
        }
      else if (event.type == damage_event + XDamageNotify &&
               ((XDamageNotifyEvent *)&event)->drawable == window)
        {
          first_frame = now_ms ();
          first_frame_cpu = cpu_ms (pid);
        }
    }

  if (first_frame >= 0)
    {
      while (now_ms () < first_frame + idle_ms && waitpid (pid, NULL, WNOHANG) == 0)
        usleep (10000);
      printf ("first-frame-ms %.3f\n", first_frame - start);
      printf ("cpu-ms %.3f\n", first_frame_cpu);
      printf ("peak-rss-kib %ld\n", peak_rss_kib (pid));
      fflush (stdout);
    }

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  XCloseDisplay (display);

  if (first_frame < 0)
    {
      fprintf (stderr, "%s: %s showed no frame\n", argv[0], argv[2]);
      return 1;
    }
  return 0;
}
