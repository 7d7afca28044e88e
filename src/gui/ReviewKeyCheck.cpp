#include "ReviewKeyCheck.h"

#include "core/DeploymentSecrets.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent>

namespace {

struct KeyAnswer
{
    bool asked = false;
    SelfServiceRegistry::TokenStatus status;
    QString error;
};

} // namespace

ReviewKeyCheck::ReviewKeyCheck(QWidget* anchor)
    : QObject(anchor)
    , m_label(new QLabel)
    , m_againButton(new QPushButton(tr("Check the &key again")))
{
    m_label->setObjectName(QStringLiteral("keyCheckLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_againButton->setObjectName(QStringLiteral("checkKeyAgainButton"));
    m_againButton->setVisible(false);
    connect(m_againButton, &QPushButton::clicked, this, [this] {
        DeploymentSecrets secrets;
        secrets.deploymentKey = m_entered;
        start(secrets, m_host);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_againButton, 0, Qt::AlignTop);
    if (auto* layout = qobject_cast<QBoxLayout*>(anchor->parentWidget()->layout()))
        layout->insertLayout(layout->indexOf(anchor), row);
}

void ReviewKeyCheck::start(const DeploymentSecrets& secrets, const QString& host)
{
    m_entered = secrets.deploymentKey.isEmpty() ? secrets.deploymentToken : secrets.deploymentKey;
    m_host = host;
    m_usable = false;
    const int check = ++m_check;
    m_label->setPalette(QPalette());
    m_label->setText(tr("Checking the deployment key in the registry again…"));
    m_againButton->setVisible(false);
    emit changed(false);
    auto* watcher = new QFutureWatcher<KeyAnswer>(this);
    connect(watcher, &QFutureWatcher<KeyAnswer>::finished, this, [this, watcher, check] {
        watcher->deleteLater();
        const KeyAnswer answer = watcher->result();
        finish(check, answer.asked, answer.status, answer.error);
    });
    watcher->setFuture(QtConcurrent::run([entered = m_entered, host] {
        KeyAnswer answer;
        answer.asked = SelfServiceRegistry::check(entered, host, &answer.status, &answer.error);
        return answer;
    }));
}

void ReviewKeyCheck::finish(int check, bool asked, const SelfServiceRegistry::TokenStatus& status,
                            const QString& error)
{
    if (check != m_check)
        return; // asked again meanwhile
    m_usable = asked && status.usable();
    if (m_usable) {
        m_label->setPalette(QPalette());
        m_label->setText(status.message());
    } else {
        QPalette palette = m_label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20)); // the pages' error colour
        m_label->setPalette(palette);
        m_label->setText(
            asked ? status.message()
                  : tr("The deployment key cannot be checked: %1 — Deploy waits until it can.").arg(error));
    }
    m_againButton->setVisible(!m_usable);
    emit changed(m_usable);
}
