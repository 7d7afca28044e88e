#include "IssueTokenDialog.h"

#include "SecretClipboard.h"
#include "registry/DeploymentTokens.h"
#include "registry/RegistryWorker.h"
#include "ui_IssueTokenDialog.h"

#include <QBoxLayout>
#include <QLocale>
#include <QPushButton>

IssueTokenDialog::IssueTokenDialog(RegistryWorker* worker, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IssueTokenDialog>())
    , m_worker(worker)
{
    m_ui->setupUi(this);
    m_ui->resultGroup->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &IssueTokenDialog::issue);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this,
            [this] { SecretClipboard::copy(m_ui->tokenEdit->text()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reloadTokens();
}

void IssueTokenDialog::addButton(QBoxLayout* toolbar, RegistryWorker* worker, QWidget* tab)
{
    auto* button = new QPushButton(tr("Issue self-service &token…"), tab);
    button->setObjectName(QStringLiteral("issueTokenButton"));
    button->setVisible(worker->target().isPostgres());
    toolbar->addWidget(button);
    QObject::connect(button, &QPushButton::clicked, tab, [worker, tab] {
        auto* dialog = new IssueTokenDialog(worker, tab);
        dialog->setObjectName(QStringLiteral("issueTokenDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

IssueTokenDialog::~IssueTokenDialog()
{
    // The token was shown once; it leaves no copy in the widgets.
    m_ui->tokenEdit->clear();
    m_ui->instructionsText->clear();
}

void IssueTokenDialog::issue()
{
    const QString company = m_ui->companyEdit->text().trimmed();
    if (company.isEmpty()) {
        showMessage(
            tr("Client company: empty — enter the company the instance is for; the client’s instance is "
               "recorded under this name"),
            true);
        return;
    }
    const int days = m_ui->expiryDaysSpin->value();
    const QString note = m_ui->noteEdit->text().trimmed();
    m_ui->issueButton->setEnabled(false);
    showMessage(tr("Issuing a token…"), false);
    m_worker->call<Issued>(
        this,
        [company, days, note](Registry& registry) {
            Issued result;
            result.expires = QDateTime::currentDateTimeUtc().addDays(days);
            DeploymentKey key;
            DeploymentKeyLogins::Result pruned;
            // The key (token, its own login, the registry's address) is what the client pastes.
            if (DeploymentTokens(registry.target())
                    .issue(result.expires, company, note, &key, &result.error, &pruned))
                result.token = key.encode();
            result.pruned = DeploymentKeyLogins::summary(pruned);
            key.wipe();
            return result;
        },
        [this, company](const Issued& result) { showIssued(result, company); });
}

void IssueTokenDialog::showIssued(const Issued& result, const QString& company)
{
    m_ui->issueButton->setEnabled(true);
    if (result.token.isEmpty()) {
        showMessage(tr("No token was issued: %1").arg(result.error), true);
        emit issued(QString());
        return;
    }
    showMessage(
        tr("Deployment key issued for %1. Hand it over now: it is shown only once; the registry keeps "
           "only the token’s hash and the login’s password verifier.")
                .arg(company) +
            (result.pruned.isEmpty() ? QString() : u' ' + result.pruned),
        false);
    m_ui->tokenEdit->setText(result.token);
    m_ui->instructionsText->setPlainText(instructions(result.token, result.expires));
    m_ui->resultGroup->setVisible(true);
    m_ui->companyEdit->clear();
    m_ui->noteEdit->clear();
    emit issued(result.token);
    reloadTokens();
}

QString IssueTokenDialog::instructions(const QString& token, const QDateTime& expires) const
{
    return tr("Your KKT instance: deploy it yourself\n\n"
              "1. Install KKT Deploy Client (the package kkt-deploy-client) and start it.\n"
              "2. On the Welcome page, paste this deployment key and press Check key:\n\n"
              "   %1\n\n"
              "3. Go through the wizard: your server, the administrator, the Telegram bot, the settings; "
              "then Deploy.\n\n"
              "The key works once, for one server, until %2. Keep it to yourself: it is also your "
              "login to the KKT registry.")
        .arg(token, QLocale().toString(expires.toLocalTime(), QLocale::LongFormat));
}

void IssueTokenDialog::reloadTokens()
{
    m_worker->call<Listed>(
        this,
        [](Registry& registry) {
            Listed listed;
            listed.tokens = DeploymentTokens(registry.target()).list(&listed.error);
            return listed;
        },
        [this](const Listed& listed) { showTokens(listed); });
}

void IssueTokenDialog::showTokens(const Listed& listed)
{
    if (!listed.error.isEmpty())
        showMessage(tr("The tokens cannot be listed: %1").arg(listed.error), true);
    m_ui->tokensView->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeploymentToken& t : listed.tokens) {
        auto* item = new QTreeWidgetItem(m_ui->tokensView);
        item->setText(0, t.hashPrefix + QStringLiteral("…"));
        item->setText(1, t.company);
        item->setText(2, DeploymentTokens::describeState(t, now));
        item->setText(3, QLocale().toString(t.expiresAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(4, t.createdBy);
        item->setText(5, t.note);
    }
    emit tokensLoaded(int(listed.tokens.size()));
}

void IssueTokenDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #d93a3a") : QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}
