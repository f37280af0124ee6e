/* sc-status-private.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status.h"

G_BEGIN_DECLS

/*
 * What a status holds, for the one place that builds statuses, the loader
 * (and the tests, which build statuses of their own). Everyone else reads
 * a status through its getters: it does not change once built.
 */
struct _ScStatus
{
  GObject parent_instance;

  guint16 code;
  char code_string[4];
  ScRegistryStatus registry_status;
  ScStatusFacts facts;
  char *phrase;
  char *title;              /* NULL where the phrase has no translation */
  char *summary;
  char *description;
  char *origin;
  char *spec_document;
  char *spec_section;
  char *spec_url;
  GPtrArray *headers;       /* of char *, NULL-terminated */
  GPtrArray *former_names;  /* of char *, NULL-terminated */
  GArray *related_codes;    /* of guint16 */
  char *constants[SC_N_LANGUAGES];
  GArray *causes;           /* of ScCause, which own their strings */
};

ScStatus *sc_status_new (guint code);

G_END_DECLS
