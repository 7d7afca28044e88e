#pragma once

#include "registry/SelfServiceRegistry.h"

#include <QObject>

class QLabel;
class QPushButton;
class QWidget;
struct DeploymentSecrets;

// Self-service edition, Review page: asks the registry again, just before Deploy, whether the
// deployment key is still usable — it may have been used by another server or have expired since
// Welcome checked it. Shown next to the confirmation (inserted above `anchor` in its layout); Deploy
// waits for a usable answer. Off the GUI thread; the answer to an older question is dropped.
class ReviewKeyCheck : public QObject
{
    Q_OBJECT

public:
    explicit ReviewKeyCheck(QWidget* anchor);

    // Checks the key (or bare token) in `secrets` for the instance on `host`.
    void start(const DeploymentSecrets& secrets, const QString& host);
    bool usable() const { return m_usable; }

signals:
    // The answer came (usable or not); tests and the page wait for it.
    void changed(bool usable);

private:
    void finish(int check, bool asked, const SelfServiceRegistry::TokenStatus& status, const QString& error);

    QLabel* m_label;
    QPushButton* m_againButton;
    QString m_entered;
    QString m_host;
    int m_check = 0;
    bool m_usable = false;
};
