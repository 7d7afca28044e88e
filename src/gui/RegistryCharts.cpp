#include "RegistryCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

// A count axis with whole-number ticks, whatever the largest count is.
QValueAxis* countAxis(int maximum)
{
    auto* axis = new QValueAxis;
    const int step = qMax(1, (maximum + 4) / 5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, qMax(step, (maximum + step - 1) / step * step));
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

QChart* RegistryCharts::versions(const QList<Registry::VersionCount>& versions)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Instances per deployed version"));
    auto* set = new QBarSet(tr("Instances"));
    QStringList names;
    int maximum = 0;
    for (const Registry::VersionCount& v : versions) {
        names << (v.version.isEmpty() ? tr("unknown") : v.version);
        *set << v.instances;
        maximum = qMax(maximum, v.instances);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    if (names.size() > 5)
        axis->setLabelsAngle(-90); // many versions side by side would be elided, see weekly()
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis* counts = countAxis(maximum);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart* RegistryCharts::weekly(const QList<Registry::WeekCount>& weeks)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Deployments per week"));
    auto* success = new QBarSet(tr("Succeeded"));
    auto* failed = new QBarSet(tr("Failed"));
    success->setColor(QColor(0x2e, 0x9d, 0x4f));
    failed->setColor(QColor(0xd9, 0x3a, 0x3a));
    QStringList names;
    int maximum = 0;
    for (const Registry::WeekCount& w : weeks) {
        names << QLocale().toString(w.week, QStringLiteral("dd.MM"));
        *success << w.success;
        *failed << w.failed;
        maximum = qMax(maximum, w.success + w.failed);
    }
    auto* series = new QStackedBarSeries;
    series->append(success);
    series->append(failed);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    // Twelve dates side by side do not fit a half-width chart and would be elided ("..."); upright
    // they need only a line's height each.
    axis->setLabelsAngle(-90);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis* counts = countAxis(maximum);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}
