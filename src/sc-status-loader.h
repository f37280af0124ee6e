/* sc-status-loader.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SC_STATUS_LOADER_ERROR (sc_status_loader_error_quark ())

/**
 * ScStatusLoaderError:
 * @SC_STATUS_LOADER_ERROR_MARKUP: the data is not well-formed XML
 * @SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT: an element or attribute the format does not have
 * @SC_STATUS_LOADER_ERROR_MISSING_FIELD: a required element or attribute is missing
 * @SC_STATUS_LOADER_ERROR_INVALID_VALUE: a value that is not allowed there
 * @SC_STATUS_LOADER_ERROR_INVALID_CODE: a code that is not a number from 100 to 599
 * @SC_STATUS_LOADER_ERROR_DUPLICATE_CODE: a code given twice
 * @SC_STATUS_LOADER_ERROR_UNKNOWN_CODE: a related code that the data does not have
 * @SC_STATUS_LOADER_ERROR_EMPTY: no status at all
 */
typedef enum
{
  SC_STATUS_LOADER_ERROR_MARKUP,
  SC_STATUS_LOADER_ERROR_UNKNOWN_ELEMENT,
  SC_STATUS_LOADER_ERROR_MISSING_FIELD,
  SC_STATUS_LOADER_ERROR_INVALID_VALUE,
  SC_STATUS_LOADER_ERROR_INVALID_CODE,
  SC_STATUS_LOADER_ERROR_DUPLICATE_CODE,
  SC_STATUS_LOADER_ERROR_UNKNOWN_CODE,
  SC_STATUS_LOADER_ERROR_EMPTY,
} ScStatusLoaderError;

/**
 * ScRegistryDates:
 * @updated: the IANA registry's own "last updated" date that the data follows
 * @checked: when the data was last compared with the registry
 *
 * What the data says of its sources. A date the data does not give is
 * left invalid (see g_date_valid()).
 */
typedef struct
{
  GDate updated;
  GDate checked;
} ScRegistryDates;

GQuark      sc_status_loader_error_quark (void);
GListModel *sc_status_loader_load_bytes    (GBytes           *data,
                                            ScRegistryDates  *dates,
                                            GError          **error);
GListModel *sc_status_loader_load_resource (const char       *path,
                                            ScRegistryDates  *dates,
                                            GError          **error);

G_END_DECLS
