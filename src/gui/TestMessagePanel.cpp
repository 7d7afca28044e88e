#include "TestMessagePanel.h"

#include "core/DeploymentSecrets.h"
#include "core/FieldRules.h"
#include "telegram/TelegramBotApi.h"

#include "ui_TestMessagePanel.h"

#include <QHeaderView>

TestMessagePanel::TestMessagePanel(const DeploymentSecrets* secrets, IdSource ids, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::TestMessagePanel)
    , m_secrets(secrets)
    , m_ids(std::move(ids))
    , m_api(new TelegramBotApi(this))
{
    m_ui->setupUi(this);
    m_ui->testMessageResults->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->testMessageResults->setVisible(false);
    m_ui->testMessageProgress->setVisible(false);
    m_ui->testMessageStatusLabel->setVisible(false);
    connect(m_ui->sendTestMessageButton, &QPushButton::clicked, this, &TestMessagePanel::send);
}

TestMessagePanel::~TestMessagePanel()
{
    for (const QPointer<TelegramCall>& call : std::as_const(m_pending)) {
        if (call)
            call->cancel();
    }
}

void TestMessagePanel::send()
{
    const QList<qint64> ids = m_ids();
    m_ui->testMessageResults->clear();
    m_ui->testMessageStatusLabel->setVisible(true);
    if (!FieldRules::botToken(m_secrets->botToken).ok()) {
        m_ui->testMessageStatusLabel->setText(
            tr("Enter a valid bot token on the Telegram bot page first, then send the test message."));
        return;
    }
    if (ids.isEmpty()) {
        m_ui->testMessageStatusLabel->setText(tr("Add at least one Telegram ID to the list first."));
        return;
    }
    m_api->setBaseUrl(TelegramBotApi::configuredBaseUrl());
    m_api->setToken(m_secrets->botToken);
    m_delivered = 0;
    m_ui->testMessageResults->setVisible(true);
    m_ui->testMessageProgress->setRange(0, int(ids.size()));
    m_ui->testMessageProgress->setValue(0);
    m_ui->testMessageProgress->setVisible(true);
    m_ui->sendTestMessageButton->setEnabled(false);
    m_ui->testMessageStatusLabel->setText(tr("Sending…"));
    for (qint64 id : ids) {
        auto* item = new QTreeWidgetItem(m_ui->testMessageResults, {QString::number(id), tr("sending…")});
        TelegramCall* call = m_api->sendMessage(
            id, tr("KKT Deploy: test message. This chat will receive the KKT deadline alerts."));
        m_pending << call;
        connect(call, &TelegramCall::finished, this, [this, call, item] { answered(call, item); });
    }
}

void TestMessagePanel::answered(TelegramCall* call, QTreeWidgetItem* item)
{
    m_pending.removeAll(call);
    call->deleteLater();
    const TelegramResult& result = call->result();
    if (result.ok()) {
        ++m_delivered;
        item->setText(1, tr("✓ delivered"));
    } else {
        item->setText(1, result.message);
        item->setForeground(1, QColor(0xb0, 0x00, 0x20));
    }
    item->setToolTip(1, item->text(1));
    const int total = m_ui->testMessageResults->topLevelItemCount();
    m_ui->testMessageProgress->setValue(total - int(m_pending.size()));
    if (!m_pending.isEmpty())
        return;
    m_ui->testMessageProgress->setVisible(false);
    m_ui->sendTestMessageButton->setEnabled(true);
    m_ui->testMessageStatusLabel->setText(
        tr("Delivered to %1 of %n ID(s).", nullptr, total).arg(m_delivered));
    emit finished();
}
