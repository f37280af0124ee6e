/* sc-status-filter.c
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-status-filter"

#include "config.h"

#include "sc-enums.h"
#include "sc-status-filter.h"

#define ALL_CLASSES (SC_RESPONSE_CLASSES_INFORMATIONAL | \
                     SC_RESPONSE_CLASSES_SUCCESSFUL | \
                     SC_RESPONSE_CLASSES_REDIRECTION | \
                     SC_RESPONSE_CLASSES_CLIENT_ERROR | \
                     SC_RESPONSE_CLASSES_SERVER_ERROR)

/**
 * ScStatusFilter:
 *
 * Keeps the statuses that match #ScStatusFilter:search, a query as
 * #ScSearchQuery reads it, leaving out unofficial codes unless
 * #ScStatusFilter:show-unofficial is set and, when
 * #ScStatusFilter:classes names some classes, the codes of the others.
 * Its query also orders the matches: see #ScStatusSorter.
 */
struct _ScStatusFilter
{
  GtkFilter parent_instance;

  ScSearchQuery *query;
  ScResponseClasses classes;
  gboolean show_unofficial;
};

G_DEFINE_FINAL_TYPE (ScStatusFilter, sc_status_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_SHOW_UNOFFICIAL,
  PROP_CLASSES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The classes whose codes are kept: none chosen is all of them. */
static ScResponseClasses
kept_classes (ScResponseClasses classes)
{
  return classes != 0 ? classes : ALL_CLASSES;
}

static gboolean
sc_status_filter_match (GtkFilter *filter,
                        gpointer   item)
{
  ScStatusFilter *self = (ScStatusFilter *)filter;

  g_assert (SC_IS_STATUS_FILTER (self));

  if (!self->show_unofficial && !sc_status_is_official (item))
    return FALSE;

  if ((kept_classes (self->classes) & (1 << sc_status_get_response_class (item))) == 0)
    return FALSE;

  return sc_search_query_match (self->query, item) != SC_SEARCH_NO_MATCH;
}

static GtkFilterMatch
sc_status_filter_get_strictness (GtkFilter *filter)
{
  ScStatusFilter *self = (ScStatusFilter *)filter;

  g_assert (SC_IS_STATUS_FILTER (self));

  if (self->show_unofficial &&
      kept_classes (self->classes) == ALL_CLASSES &&
      sc_search_query_is_empty (self->query))
    return GTK_FILTER_MATCH_ALL;

  return GTK_FILTER_MATCH_SOME;
}

static void
sc_status_filter_finalize (GObject *object)
{
  ScStatusFilter *self = (ScStatusFilter *)object;

  g_clear_pointer (&self->query, sc_search_query_unref);

  G_OBJECT_CLASS (sc_status_filter_parent_class)->finalize (object);
}

static void
sc_status_filter_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ScStatusFilter *self = SC_STATUS_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, sc_status_filter_get_search (self));
      break;

    case PROP_SHOW_UNOFFICIAL:
      g_value_set_boolean (value, self->show_unofficial);
      break;

    case PROP_CLASSES:
      g_value_set_flags (value, self->classes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_filter_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ScStatusFilter *self = SC_STATUS_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      sc_status_filter_set_search (self, g_value_get_string (value));
      break;

    case PROP_SHOW_UNOFFICIAL:
      sc_status_filter_set_show_unofficial (self, g_value_get_boolean (value));
      break;

    case PROP_CLASSES:
      sc_status_filter_set_classes (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_status_filter_class_init (ScStatusFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = sc_status_filter_finalize;
  object_class->get_property = sc_status_filter_get_property;
  object_class->set_property = sc_status_filter_set_property;

  filter_class->match = sc_status_filter_match;
  filter_class->get_strictness = sc_status_filter_get_strictness;

  /**
   * ScStatusFilter:search:
   *
   * The search as the user typed it.
   */
  properties [PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScStatusFilter:show-unofficial:
   *
   * Whether codes that are not in the IANA registry are kept.
   */
  properties [PROP_SHOW_UNOFFICIAL] =
    g_param_spec_boolean ("show-unofficial", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * ScStatusFilter:classes:
   *
   * The classes whose codes are kept, or none for every class: choosing
   * no class is not choosing to see nothing.
   */
  properties [PROP_CLASSES] =
    g_param_spec_flags ("classes", NULL, NULL,
                        SC_TYPE_RESPONSE_CLASSES,
                        0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_status_filter_init (ScStatusFilter *self)
{
  self->query = sc_search_query_new (NULL);
  self->show_unofficial = TRUE;
}

ScStatusFilter *
sc_status_filter_new (void)
{
  return g_object_new (SC_TYPE_STATUS_FILTER, NULL);
}

const char *
sc_status_filter_get_search (ScStatusFilter *self)
{
  g_return_val_if_fail (SC_IS_STATUS_FILTER (self), NULL);

  return sc_search_query_get_text (self->query);
}

void
sc_status_filter_set_search (ScStatusFilter *self,
                             const char     *search)
{
  g_autoptr(ScSearchQuery) query = NULL;
  ScSearchQueryChange change;

  g_return_if_fail (SC_IS_STATUS_FILTER (self));

  if (search == NULL)
    search = "";

  if (g_strcmp0 (search, sc_search_query_get_text (self->query)) == 0)
    return;

  query = sc_search_query_new (search);
  change = sc_search_query_get_change (self->query, query);

  g_clear_pointer (&self->query, sc_search_query_unref);
  self->query = g_steal_pointer (&query);

  /* Telling GTK how the search changed spares it the statuses whose fate
   * is known: typing on in a word only narrows the search, so only the
   * statuses shown are checked again; erasing only widens it, so only
   * those hidden are. Adding a character can widen a search as well as
   * narrow it, though (`4` is a class, `4a` a word found in any class):
   * the query says which. A query that matches and ranks alike (`not `
   * after `not`) changes nothing. */
  switch (change)
    {
    case SC_SEARCH_QUERY_SAME:
      break;

    case SC_SEARCH_QUERY_NARROWER:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
      break;

    case SC_SEARCH_QUERY_WIDER:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
      break;

    case SC_SEARCH_QUERY_DIFFERENT:
    default:
      gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
      break;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCH]);
}

/**
 * sc_status_filter_get_query:
 *
 * Returns: (transfer none): the parsed query
 */
ScSearchQuery *
sc_status_filter_get_query (ScStatusFilter *self)
{
  g_return_val_if_fail (SC_IS_STATUS_FILTER (self), NULL);

  return self->query;
}

gboolean
sc_status_filter_get_show_unofficial (ScStatusFilter *self)
{
  g_return_val_if_fail (SC_IS_STATUS_FILTER (self), TRUE);

  return self->show_unofficial;
}

void
sc_status_filter_set_show_unofficial (ScStatusFilter *self,
                                      gboolean        show_unofficial)
{
  g_return_if_fail (SC_IS_STATUS_FILTER (self));

  show_unofficial = !!show_unofficial;
  if (show_unofficial == self->show_unofficial)
    return;

  self->show_unofficial = show_unofficial;

  gtk_filter_changed (GTK_FILTER (self),
                      show_unofficial ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_UNOFFICIAL]);
}

ScResponseClasses
sc_status_filter_get_classes (ScStatusFilter *self)
{
  g_return_val_if_fail (SC_IS_STATUS_FILTER (self), 0);

  return self->classes;
}

void
sc_status_filter_set_classes (ScStatusFilter    *self,
                              ScResponseClasses  classes)
{
  ScResponseClasses kept_before;
  ScResponseClasses kept;

  g_return_if_fail (SC_IS_STATUS_FILTER (self));
  g_return_if_fail ((classes & ~ALL_CLASSES) == 0);

  if (classes == self->classes)
    return;

  kept_before = kept_classes (self->classes);
  kept = kept_classes (classes);
  self->classes = classes;

  /* Choosing every class keeps what choosing none does: no change. */
  if (kept == kept_before)
    ;
  else if ((kept & kept_before) == kept)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_MORE_STRICT);
  else if ((kept & kept_before) == kept_before)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
  else
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLASSES]);
}
