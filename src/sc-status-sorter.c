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
 */
struct _ScStatusSorter
{
  GtkSorter parent_instance;

  ScStatusFilter *filter;
  /* Never NULL: without a filter, the empty query, which orders by code. */
  ScSearchQuery *query;
};

G_DEFINE_FINAL_TYPE (ScStatusSorter, sc_status_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkOrdering
sc_status_sorter_compare (GtkSorter *sorter,
                          gpointer   item1,
                          gpointer   item2)
{
  ScStatusSorter *self = (ScStatusSorter *)sorter;

  g_assert (SC_IS_STATUS_SORTER (self));

  return gtk_ordering_from_cmpfunc (sc_search_query_compare (self->query, item1, item2));
}

static GtkSorterOrder
sc_status_sorter_get_order (GtkSorter *sorter)
{
  /* No two statuses share a code. */
  return GTK_SORTER_ORDER_TOTAL;
}

static void
take_query (ScStatusSorter *self)
{
  g_clear_pointer (&self->query, sc_search_query_unref);
  if (self->filter != NULL)
    self->query = sc_search_query_ref (sc_status_filter_get_query (self->filter));
  else
    self->query = sc_search_query_new (NULL);

  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_filter_changed_cb (ScStatusSorter  *self,
                      GtkFilterChange  change,
                      GtkFilter       *filter)
{
  g_assert (SC_IS_STATUS_SORTER (self));

  take_query (self);
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
  self->query = sc_search_query_new (NULL);
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
