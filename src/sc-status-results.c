/* sc-status-results.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-results"

#include "config.h"

#include "sc-enums.h"
#include "sc-status-results.h"

/**
 * ScStatusResults:
 *
 * What a search shows: the statuses of a model, sorted by code, that match
 * a search (see #ScSearchQuery) and the chosen classes, leaving out
 * unofficial codes if asked to, best matches first and, among
 * matches alike, in code order. A #GListModel of #ScStatus, GTK-free so
 * that the search provider and the tests can use it without a display.
 *
 * It folds the texts of each status once (see #ScSearchKeys). Each change
 * matches every status again, which a hundred statuses make cheap, and
 * is reported as one items-changed signal for the part between what
 * stayed at the start and at the end, so that a selection is kept.
 */

struct _ScStatusResults
{
  GObject parent_instance;

  GListModel *model;
  /* The model's items, held, so that a keystroke asks the model nothing,
   * and their folded texts. */
  GPtrArray *statuses;
  GArray *keys;

  ScSearchQuery *query;
  ScResponseClasses classes;
  gboolean show_unofficial;

  GPtrArray *results;
};

static void sc_status_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ScStatusResults, sc_status_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sc_status_results_list_model_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SEARCH,
  PROP_SHOW_UNOFFICIAL,
  PROP_CLASSES,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
sc_status_results_get_item_type (GListModel *model)
{
  return SC_TYPE_STATUS;
}

static guint
sc_status_results_get_n_items (GListModel *model)
{
  ScStatusResults *self = SC_STATUS_RESULTS (model);

  return self->results->len;
}

static gpointer
sc_status_results_get_item (GListModel *model,
                            guint       position)
{
  ScStatusResults *self = SC_STATUS_RESULTS (model);

  if (position >= self->results->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->results, position));
}

static void
sc_status_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sc_status_results_get_item_type;
  iface->get_n_items = sc_status_results_get_n_items;
  iface->get_item = sc_status_results_get_item;
}

/* Whether the classes and the unofficial switch let a status through. */
static gboolean
is_shown (ScStatusResults *self,
          ScStatus        *status)
{
  return (self->show_unofficial || sc_status_is_official (status)) &&
         (self->classes == 0 || (self->classes & (1 << sc_status_get_response_class (status))) != 0);
}

/* Orders the indices of two statuses by their ranks, then as they are. */
static int
compare_ranks (gconstpointer a,
               gconstpointer b,
               gpointer      ranks)
{
  guint i = *(const guint *)a;
  guint j = *(const guint *)b;
  int rank_i = ((const int *)ranks)[i];
  int rank_j = ((const int *)ranks)[j];

  if (rank_i != rank_j)
    return rank_i < rank_j ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* Makes the results anew and reports what changed. */
static void
update (ScStatusResults *self)
{
  g_autoptr(GPtrArray) before = g_steal_pointer (&self->results);
  GPtrArray *after = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->statuses->len;
  g_autofree int *ranks = g_new (int, n);
  g_autoptr(GArray) matches = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  guint n_before = before->len;
  guint n_after;
  guint prefix = 0;
  guint suffix = 0;

  for (guint i = 0; i < n; i++)
    ranks[i] = is_shown (self, g_ptr_array_index (self->statuses, i))
      ? sc_search_query_match_keys (self->query, &g_array_index (self->keys, ScSearchKeys, i))
      : SC_SEARCH_NO_MATCH;

  /* Rank by rank, each in the model's order, which is the codes'. */
  for (guint i = 0; i < n; i++)
    if (ranks[i] != SC_SEARCH_NO_MATCH)
      g_array_append_val (matches, i);
  g_array_sort_with_data (matches, compare_ranks, ranks);
  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (after, g_object_ref (g_ptr_array_index (self->statuses, g_array_index (matches, guint, i))));
  n_after = after->len;
  self->results = after;

  /* Only the middle changed: what stayed at both ends did not. */
  while (prefix < n_before && prefix < n_after &&
         before->pdata[prefix] == after->pdata[prefix])
    prefix++;
  while (suffix < n_before - prefix && suffix < n_after - prefix &&
         before->pdata[n_before - 1 - suffix] == after->pdata[n_after - 1 - suffix])
    suffix++;

  if (prefix + suffix < MAX (n_before, n_after))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                n_before - prefix - suffix, n_after - prefix - suffix);
  if (n_before != n_after)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
on_model_items_changed_cb (ScStatusResults *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *model)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  g_assert (SC_IS_STATUS_RESULTS (self));

  g_ptr_array_set_size (self->statuses, 0);
  g_array_set_size (self->keys, 0);
  g_array_set_size (self->keys, n);
  for (guint i = 0; i < n; i++)
    {
      ScStatus *status = g_list_model_get_item (model, i);

      g_ptr_array_add (self->statuses, status);
      sc_search_keys_init (&g_array_index (self->keys, ScSearchKeys, i), status);
    }

  update (self);
}

static void
sc_status_results_dispose (GObject *object)
{
  ScStatusResults *self = (ScStatusResults *)object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (sc_status_results_parent_class)->dispose (object);
}

static void
sc_status_results_finalize (GObject *object)
{
  ScStatusResults *self = (ScStatusResults *)object;

  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->query, sc_search_query_free);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_status_results_parent_class)->finalize (object);
}

static void
sc_status_results_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScStatusResults *self = SC_STATUS_RESULTS (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SEARCH:
      g_value_set_string (value, sc_status_results_get_search (self));
      break;

    case PROP_SHOW_UNOFFICIAL:
      g_value_set_boolean (value, self->show_unofficial);
      break;

    case PROP_CLASSES:
      g_value_set_flags (value, self->classes);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->results->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_results_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ScStatusResults *self = SC_STATUS_RESULTS (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      sc_status_results_set_model (self, g_value_get_object (value));
      break;

    case PROP_SEARCH:
      sc_status_results_set_search (self, g_value_get_string (value));
      break;

    case PROP_SHOW_UNOFFICIAL:
      sc_status_results_set_show_unofficial (self, g_value_get_boolean (value));
      break;

    case PROP_CLASSES:
      sc_status_results_set_classes (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_results_class_init (ScStatusResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sc_status_results_dispose;
  object_class->finalize = sc_status_results_finalize;
  object_class->get_property = sc_status_results_get_property;
  object_class->set_property = sc_status_results_set_property;

  /**
   * ScStatusResults:model:
   *
   * The statuses to search, a #GListModel of #ScStatus sorted by code.
   */
  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * ScStatusResults:search:
   *
   * The search as the user typed it.
   */
  properties [PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL, flags);

  /**
   * ScStatusResults:show-unofficial:
   *
   * Whether codes that are not in the IANA registry are shown.
   */
  properties [PROP_SHOW_UNOFFICIAL] =
    g_param_spec_boolean ("show-unofficial", NULL, NULL, TRUE, flags);

  /**
   * ScStatusResults:classes:
   *
   * The classes whose codes are shown; none means all of them.
   */
  properties [PROP_CLASSES] =
    g_param_spec_flags ("classes", NULL, NULL, SC_TYPE_RESPONSE_CLASSES, 0, flags);

  /**
   * ScStatusResults:n-items:
   *
   * The number of results.
   */
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_status_results_init (ScStatusResults *self)
{
  self->statuses = g_ptr_array_new_with_free_func (g_object_unref);
  self->keys = g_array_new (FALSE, FALSE, sizeof (ScSearchKeys));
  g_array_set_clear_func (self->keys, (GDestroyNotify)sc_search_keys_clear);
  self->show_unofficial = TRUE;
  self->query = sc_search_query_new ("");
  self->results = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sc_status_results_new:
 * @model: (nullable): a #GListModel of #ScStatus, sorted by code
 *
 * Returns: (transfer full): results showing every status of @model
 */
ScStatusResults *
sc_status_results_new (GListModel *model)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  return g_object_new (SC_TYPE_STATUS_RESULTS, "model", model, NULL);
}

GListModel *
sc_status_results_get_model (ScStatusResults *self)
{
  g_return_val_if_fail (SC_IS_STATUS_RESULTS (self), NULL);

  return self->model;
}

void
sc_status_results_set_model (ScStatusResults *self,
                             GListModel      *model)
{
  g_return_if_fail (SC_IS_STATUS_RESULTS (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      g_return_if_fail (g_type_is_a (g_list_model_get_item_type (model), SC_TYPE_STATUS));
      g_signal_connect_object (model, "items-changed",
                               G_CALLBACK (on_model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  on_model_items_changed_cb (self, 0, 0, 0, model);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
}

const char *
sc_status_results_get_search (ScStatusResults *self)
{
  g_return_val_if_fail (SC_IS_STATUS_RESULTS (self), NULL);

  return sc_search_query_get_text (self->query);
}

void
sc_status_results_set_search (ScStatusResults *self,
                              const char      *search)
{
  g_return_if_fail (SC_IS_STATUS_RESULTS (self));

  if (search == NULL)
    search = "";

  if (g_strcmp0 (search, sc_status_results_get_search (self)) == 0)
    return;

  g_clear_pointer (&self->query, sc_search_query_free);
  self->query = sc_search_query_new (search);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCH]);
}

gboolean
sc_status_results_get_show_unofficial (ScStatusResults *self)
{
  g_return_val_if_fail (SC_IS_STATUS_RESULTS (self), FALSE);

  return self->show_unofficial;
}

void
sc_status_results_set_show_unofficial (ScStatusResults *self,
                                       gboolean         show_unofficial)
{
  g_return_if_fail (SC_IS_STATUS_RESULTS (self));

  show_unofficial = !!show_unofficial;
  if (self->show_unofficial == show_unofficial)
    return;

  self->show_unofficial = show_unofficial;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_UNOFFICIAL]);
}

ScResponseClasses
sc_status_results_get_classes (ScStatusResults *self)
{
  g_return_val_if_fail (SC_IS_STATUS_RESULTS (self), 0);

  return self->classes;
}

void
sc_status_results_set_classes (ScStatusResults   *self,
                               ScResponseClasses  classes)
{
  g_return_if_fail (SC_IS_STATUS_RESULTS (self));

  if (self->classes == classes)
    return;

  self->classes = classes;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLASSES]);
}
