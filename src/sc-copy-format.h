/* sc-copy-format.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status.h"

G_BEGIN_DECLS

/**
 * ScCopyGroup:
 * @SC_COPY_GROUP_TEXT: the status's own texts: description, code, line
 * @SC_COPY_GROUP_LINK: links to the defining document
 * @SC_COPY_GROUP_CONSTANT: the names languages and libraries give the code
 *
 * The groups a copy menu shows the formats in, in this order.
 */
typedef enum
{
  SC_COPY_GROUP_TEXT,
  SC_COPY_GROUP_LINK,
  SC_COPY_GROUP_CONSTANT,
} ScCopyGroup;

typedef struct _ScCopyFormat ScCopyFormat;

const ScCopyFormat *sc_copy_format_get_nth       (guint               position);
const ScCopyFormat *sc_copy_format_lookup        (const char         *id);

const char         *sc_copy_format_get_id        (const ScCopyFormat *self);
ScCopyGroup         sc_copy_format_get_group     (const ScCopyFormat *self);
gboolean            sc_copy_format_is_available  (const ScCopyFormat *self,
                                                  ScStatus           *status);
char               *sc_copy_format_dup_label     (const ScCopyFormat *self,
                                                  ScStatus           *status);
char               *sc_copy_format_dup_text      (const ScCopyFormat *self,
                                                  ScStatus           *status);
char               *sc_copy_format_dup_message   (const ScCopyFormat *self);

char               *sc_copy_causes_dup_text      (ScStatus           *status,
                                                  ScPlatform          platform);
char               *sc_copy_causes_dup_message   (ScPlatform          platform);

G_END_DECLS
