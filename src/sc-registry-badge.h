/* sc-registry-badge.h
 *
 * Copyright 2026 The Status Codes developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-status.h"

G_BEGIN_DECLS

#define SC_TYPE_REGISTRY_BADGE (sc_registry_badge_get_type ())

G_DECLARE_FINAL_TYPE (ScRegistryBadge, sc_registry_badge, SC, REGISTRY_BADGE, GtkWidget)

ScRegistryStatus sc_registry_badge_get_registry_status (ScRegistryBadge  *self);
void             sc_registry_badge_set_registry_status (ScRegistryBadge  *self,
                                                        ScRegistryStatus  registry_status);

G_END_DECLS
