/* sc-status-sorter.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-sorter"

#include "config.h"

#include "sc-status-sorter.h"

/**
 * ScStatusSorter:
 *
 * Orders statuses as the query of its #ScStatusSorter:filter ranks them:
 * best matches first, then by code. Without a filter, or with an empty
 * query, that is simply code order. Following the filter rather than
 * holding a search of its own keeps the list's filter and order from ever
 * disagreeing.
 *
 * It takes the filter's query when the filter changes and not at every
 * comparison: the filter model may insert newly matching items into the
 * sorted list before this sorter hears of the change, and they must be
 * placed by the order the list is already in.
 *
 * Sorting compares each status many times (n log n times in all), so the
 * rank and code of each status are looked up once per query and kept in
 * a GHashTable, packed into the value so that an entry allocates nothing,
 * and emptied rather than freed from one query to the next. And a change
 * of query that cannot change the order, as from `4` to `40`, or from
 * `not` to `not 4`, where the statuses that go keep the order of those
 * that stay, sorts nothing at all.
 */

struct _ScStatusSorter
{
  GtkSorter parent_instance;

  ScStatusFilter *filter;
  /* Never NULL: without a filter, the empty query, which orders by code. */
  ScSearchQuery *query;
  /* Whether the query has words; without any, the order is code order. */
  gboolean ranks;

  /* ScStatus → its rank and code under the query, packed by pack_rank().
   * The table holds a reference on each status, so that none can be freed
   * and another made at its address while the table knows it. */
  GHashTable *ranks_by_status;
  /* Sorting compares one status with many in a row. */
  ScStatus *last_status;
  guint last_packed;
};

G_DEFINE_FINAL_TYPE (ScStatusSorter, sc_status_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* A rank is SC_SEARCH_NO_MATCH or a field; a code fits in 16 bits. */
static inline guint
pack_rank (int   rank,
           guint code)
{
  return ((guint)(rank + 1) << 16) | code;
}

static inline int
packed_rank (guint packed)
{
  return (int)(packed >> 16) - 1;
}

static inline int
packed_code (guint packed)
{
  return (int)(packed & 0xffff);
}

/* Forgets every status: a new query ranks them anew. */
static void
forget_ranks (ScStatusSorter *self)
{
  /* Keeps the table's storage for the next query. */
  g_hash_table_remove_all (self->ranks_by_status);
  self->last_status = NULL;
}

static guint
lookup_status (ScStatusSorter *self,
               ScStatus       *status)
{
  gpointer packed;

  if (status == self->last_status)
    return self->last_packed;

  if (!g_hash_table_lookup_extended (self->ranks_by_status, status, NULL, &packed))
    {
      int rank = self->ranks ? sc_search_query_match (self->query, status) : 0;

      packed = GUINT_TO_POINTER (pack_rank (rank, sc_status_get_code (status)));
      g_hash_table_insert (self->ranks_by_status, g_object_ref (status), packed);
    }

  self->last_status = status;
  self->last_packed = GPOINTER_TO_UINT (packed);

  return self->last_packed;
}

/* As sc_search_query_compare(), from the table. */
static GtkOrdering
sc_status_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  ScStatusSorter *self = (ScStatusSorter *)sorter;
  guint a, b;
  int rank_a, rank_b;

  g_assert (SC_IS_STATUS_SORTER (self));

  a = lookup_status (self, item1);
  b = lookup_status (self, item2);
  rank_a = packed_rank (a);
  rank_b = packed_rank (b);

  /* Non-matches, which the filter has normally taken out, go last. */
  if (rank_a != rank_b)
    {
      if (rank_a == SC_SEARCH_NO_MATCH)
        return GTK_ORDERING_LARGER;
      if (rank_b == SC_SEARCH_NO_MATCH)
        return GTK_ORDERING_SMALLER;
      return gtk_ordering_from_cmpfunc (rank_a - rank_b);
    }

  return gtk_ordering_from_cmpfunc (packed_code (a) - packed_code (b));
}

static GtkSorterOrder
sc_status_sorter_get_order (GtkSorter *sorter)
{
  /* No two statuses share a code. */
  return GTK_SORTER_ORDER_TOTAL;
}

static void
set_query (ScStatusSorter *self,
           ScSearchQuery  *query)
{
  sc_search_query_ref (query);
  g_clear_pointer (&self->query, sc_search_query_unref);
  self->query = query;
  self->ranks = sc_search_query_has_words (query);
  forget_ranks (self);
}

static void
take_query (ScStatusSorter *self)
{
  g_autoptr(ScSearchQuery) query = NULL;

  if (self->filter != NULL)
    query = sc_search_query_ref (sc_status_filter_get_query (self->filter));
  else
    query = sc_search_query_new (NULL);

  set_query (self, query);
  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_filter_changed_cb (ScStatusSorter  *self,
                      GtkFilterChange  change,
                      GtkFilter       *filter)
{
  ScSearchQuery *query;
  gboolean same_order;

  g_assert (SC_IS_STATUS_SORTER (self));

  query = sc_status_filter_get_query (self->filter);

  /* The filter model has already taken out the statuses that no longer
   * match and placed those that now do by the order of the old query.
   * That is the order of the new one when the query is the same (the
   * unofficial codes were shown or hidden), when neither has words (code
   * order, whatever matches), or when only statuses went and those that
   * stay rank alike (the same words). */
  same_order = query == self->query ||
               (!sc_search_query_has_words (query) && !self->ranks) ||
               (change == GTK_FILTER_CHANGE_MORE_STRICT && sc_search_query_has_same_words (query, self->query));

  set_query (self, query);

  if (!same_order)
    gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
sc_status_sorter_dispose (GObject *object)
{
  ScStatusSorter *self = (ScStatusSorter *)object;

  sc_status_sorter_set_filter (self, NULL);

  G_OBJECT_CLASS (sc_status_sorter_parent_class)->dispose (object);
}

static void
sc_status_sorter_finalize (GObject *object)
{
  ScStatusSorter *self = (ScStatusSorter *)object;

  g_clear_pointer (&self->query, sc_search_query_unref);
  g_clear_pointer (&self->ranks_by_status, g_hash_table_unref);

  G_OBJECT_CLASS (sc_status_sorter_parent_class)->finalize (object);
}

static void
sc_status_sorter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScStatusSorter *self = SC_STATUS_SORTER (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_sorter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ScStatusSorter *self = SC_STATUS_SORTER (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      sc_status_sorter_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_sorter_class_init (ScStatusSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->dispose = sc_status_sorter_dispose;
  object_class->finalize = sc_status_sorter_finalize;
  object_class->get_property = sc_status_sorter_get_property;
  object_class->set_property = sc_status_sorter_set_property;

  sorter_class->compare = sc_status_sorter_compare;
  sorter_class->get_order = sc_status_sorter_get_order;

  /**
   * ScStatusSorter:filter:
   *
   * The filter whose query ranks the statuses.
   */
  properties [PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         SC_TYPE_STATUS_FILTER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_status_sorter_init (ScStatusSorter *self)
{
  g_autoptr(ScSearchQuery) query = sc_search_query_new (NULL);

  self->ranks_by_status = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  set_query (self, query);
}

ScStatusSorter *
sc_status_sorter_new (ScStatusFilter *filter)
{
  g_return_val_if_fail (!filter || SC_IS_STATUS_FILTER (filter), NULL);

  return g_object_new (SC_TYPE_STATUS_SORTER,
                       "filter", filter,
                       NULL);
}

/**
 * sc_status_sorter_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter whose query ranks
 */
ScStatusFilter *
sc_status_sorter_get_filter (ScStatusSorter *self)
{
  g_return_val_if_fail (SC_IS_STATUS_SORTER (self), NULL);

  return self->filter;
}

void
sc_status_sorter_set_filter (ScStatusSorter *self,
                             ScStatusFilter *filter)
{
  g_return_if_fail (SC_IS_STATUS_SORTER (self));
  g_return_if_fail (!filter || SC_IS_STATUS_FILTER (filter));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, on_filter_changed_cb, self);

  g_set_object (&self->filter, filter);

  if (self->filter != NULL)
    g_signal_connect_object (self->filter,
                             "changed",
                             G_CALLBACK (on_filter_changed_cb),
                             self,
                             G_CONNECT_SWAPPED);

  take_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILTER]);
}
