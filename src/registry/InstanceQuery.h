#pragma once

#include "RegistryTarget.h"

#include <QString>
#include <QVariantList>

// What the Registry tab and `registry list` ask for: a search text, filters and an order. The
// database does the filtering and sorting, so 100 000 instances stay fast.
struct InstanceQuery
{
    enum Column
    {
        Name,
        Mode, // production or TEST
        Company,
        Domain,
        Ip,
        Version,
        Status,
        LastHealthCheck,
        DeployedAt,
        ColumnCount
    };

    QString search;  // part of name, company, domain (Unicode or punycode) or IP, any case
    QString status;  // active, inactive, error; empty for all
    QString mode;    // production, test; empty for all
    QString company; // exact company; empty for all
    Column sortColumn = Name;
    bool descending = false;

    static QString columnName(Column column);
    // "… WHERE …" (or empty) with its bind values appended to `values`.
    QString whereClause(RegistryTarget::Kind kind, QVariantList* values) const;
    // "ORDER BY …, id" — the id makes the order total, so pages never overlap.
    QString orderClause() const;
};
