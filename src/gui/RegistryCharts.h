#pragma once

#include "registry/Registry.h"

#include <QCoreApplication>

class QChart;

// The Registry tab's charts, built from the registry's counts; the caller owns the charts.
class RegistryCharts
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCharts)

public:
    static QChart* versions(const QList<Registry::VersionCount>& versions);
    static QChart* weekly(const QList<Registry::WeekCount>& weeks);
};
