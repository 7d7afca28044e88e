#pragma once

#include <QObject>

// Self-service edition, at start: sends the deployment results kept on this computer while the
// registry could not be reached (SelfServiceOutbox), off the GUI thread, and says what happened.
class PendingResultsSender : public QObject
{
    Q_OBJECT

public:
    explicit PendingResultsSender(QObject* parent = nullptr);
    void start();

signals:
    // What the user reads (sent, or still waiting and why); empty when nothing waited.
    void finished(const QString& message);
};
