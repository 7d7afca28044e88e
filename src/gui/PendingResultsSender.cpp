#include "PendingResultsSender.h"

#include "registry/SelfServiceOutbox.h"

#include <QFutureWatcher>
#include <QtConcurrent>

PendingResultsSender::PendingResultsSender(QObject* parent)
    : QObject(parent)
{}

void PendingResultsSender::start()
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([] { return SelfServiceOutbox::flushAll().message(); }));
}
