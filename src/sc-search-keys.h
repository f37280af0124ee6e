/* sc-search-keys.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sc-status.h"

G_BEGIN_DECLS

/**
 * ScSearchField:
 *
 * The texts of a status that search looks at, in order of relevance.
 */
typedef enum
{
  SC_SEARCH_FIELD_PHRASE,      /* reason phrase, title and former names */
  SC_SEARCH_FIELD_SUMMARY,     /* summary and who sends it */
  SC_SEARCH_FIELD_DESCRIPTION, /* description and header fields */
  SC_N_SEARCH_FIELDS
} ScSearchField;

/* The bits of a field's set of word-start pairs (see ScSearchKeys). */
#define SC_SEARCH_PAIR_BITS 256

/* How many bytes of each word start ScSearchKeys keeps, exactly: as many
 * as a guint32 holds. */
#define SC_SEARCH_PREFIX_LEN 4

/**
 * ScSearchKeys:
 * @text: each field's texts, folded by sc_search_key_new() and joined
 *   by newlines
 * @initials: for each field, the letters and digits that start a word
 *   in @text (see sc_search_key_get_initials())
 * @pairs: for each field, a set of the first two bytes of the words of
 *   @text that start with a letter or digit, hashed into
 *   %SC_SEARCH_PAIR_BITS bits (see sc_search_pair())
 * @prefixes: the first %SC_SEARCH_PREFIX_LEN bytes of each word of
 *   @text that starts with a letter or digit, as big-endian numbers padded
 *   with zeros, each field's sorted and without repeats, one field's after
 *   the other's
 * @prefixes_end: where each field's @prefixes end
 * @packed: whether @text and @prefixes are in a block of many keys'
 *   (see sc_search_keys_pack())
 * @code: the code as three digits
 * @response_class: the code's class
 * @official: whether the code is in the IANA registry
 *
 * What search reads of a status, made once per status, so that a
 * keystroke allocates nothing and most statuses are passed over by
 * their initials and pairs, without reading their texts.
 */
typedef struct
{
  guint64 initials[SC_N_SEARCH_FIELDS];
  char code[4];
  guint8 response_class;
  gboolean official;
  guint64 pairs[SC_N_SEARCH_FIELDS][SC_SEARCH_PAIR_BITS / 64];
  char *text[SC_N_SEARCH_FIELDS];
  guint32 *prefixes;
  guint32 prefixes_end[SC_N_SEARCH_FIELDS];
  gboolean packed;
} ScSearchKeys;

void     sc_search_keys_init        (ScSearchKeys       *keys,
                                     ScStatus           *status);
void     sc_search_keys_clear       (ScSearchKeys       *keys);
gpointer sc_search_keys_pack        (ScSearchKeys       *keys,
                                     gsize               n_keys);
gboolean sc_search_keys_has_pair    (const ScSearchKeys *keys,
                                     ScSearchField       field,
                                     guint               pair);
void     sc_search_keys_prefetch    (const ScSearchKeys *keys);
gboolean sc_search_keys_may_start_word (const ScSearchKeys *keys,
                                        ScSearchField       field,
                                        const char         *word,
                                        gsize               len);

char    *sc_search_key_new          (const char         *text);
guint64  sc_search_key_get_initials (const char         *key);
guint64  sc_search_initial          (char                c);
guint    sc_search_pair             (char                first,
                                     char                second);

G_END_DECLS
