#include "OwnInstanceTab.h"

#include "registry/SelfServiceRegistry.h"
#include "ui_OwnInstanceTab.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

OwnInstanceTab::OwnInstanceTab(std::function<QString()> token, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OwnInstanceTab>())
    , m_token(std::move(token))
{
    m_ui->setupUi(this);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OwnInstanceTab::refresh);
}

OwnInstanceTab::~OwnInstanceTab() = default;

void OwnInstanceTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void OwnInstanceTab::refresh()
{
    const QString token = m_token ? m_token() : QString();
    if (token.isEmpty()) {
        display({std::nullopt,
                 {},
                 tr("Enter your deployment key on the Deploy tab: this tab shows the instance "
                    "it deploys and its history.")});
        return;
    }
    const int request = ++m_request;
    m_ui->refreshButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("Reading your instance from the registry…"));
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request == m_request)
            display(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([entered = token] {
        Answer answer;
        QString token;
        const SelfServiceRegistry registry = SelfServiceRegistry::forClient(entered, &token, &answer.error);
        if (!answer.error.isEmpty())
            return answer;
        answer.instance = registry.ownInstance(token, &answer.error);
        if (answer.instance)
            answer.history = registry.ownHistory(token, &answer.error);
        return answer;
    }));
}

void OwnInstanceTab::display(const Answer& answer)
{
    m_ui->refreshButton->setEnabled(true);
    const bool ok = answer.instance.has_value();
    if (!ok && answer.error.contains(QLatin1String("not been redeemed")))
        m_ui->messageLabel->setText(tr("Your token has not been used yet: the instance appears here once the "
                                       "deployment starts."));
    else
        m_ui->messageLabel->setText(answer.error);
    const InstanceRecord r = answer.instance.value_or(InstanceRecord());
    m_ui->nameValue->setText(r.name);
    m_ui->companyValue->setText(r.company);
    m_ui->domainValue->setText(r.domain);
    m_ui->versionValue->setText(r.version);
    m_ui->statusValue->setText(ok ? r.status : QString());
    m_ui->historyView->clear();
    for (const HistoryRecord& h : answer.history) {
        auto* item = new QTreeWidgetItem(m_ui->historyView);
        item->setText(0, QLocale().toString(h.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, h.action);
        item->setText(2, h.status);
        item->setText(3, h.toVersion);
        item->setText(4, h.errorLog.isEmpty() ? h.notes : h.errorLog);
    }
    emit loaded(ok);
}
