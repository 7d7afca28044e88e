#include "ConnectionCheckPanel.h"

#include "core/FieldRules.h"

#include "MessageBox.h"
#include "ssh/ServerCheck.h"

#include "ui_ConnectionCheckPanel.h"

#include <QHeaderView>

ConnectionCheckPanel::ConnectionCheckPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ConnectionCheckPanel)
    , m_check(new ServerCheck(this))
{
    m_ui->setupUi(this);
    m_ui->factsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->factsTable->horizontalHeader()->setStretchLastSection(true);
    // One line per fact (the whole note is its tooltip): word-wrapped rows sized while the table was
    // still narrow grew very tall. The table keeps its room while hidden, so that showing it neither
    // grows the window nor pushes the check box below it over its last row.
    m_ui->factsTable->setWordWrap(false);
    m_ui->factsTable->setTextElideMode(Qt::ElideRight);
    m_ui->factsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->factsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    QSizePolicy policy = m_ui->factsTable->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_ui->factsTable->setSizePolicy(policy);
    m_ui->factsTable->setVisible(false);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionCheckPanel::startCheck);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, &ConnectionCheckPanel::cancelCheck);
    connect(m_ui->skipConnectionCheckBox, &QCheckBox::toggled, this, &ConnectionCheckPanel::stateChanged);
    connect(m_check, &ServerCheck::stepChanged, m_ui->checkStatusLabel, &QLabel::setText);
    connect(m_check, &ServerCheck::hostKeyUnknown, this, &ConnectionCheckPanel::askAboutHostKey);
    connect(m_check, &ServerCheck::finished, this, &ConnectionCheckPanel::showFacts);
    connect(m_check, &ServerCheck::failed, this, &ConnectionCheckPanel::showError);
    setState(State::Untested, tr("Not tested yet."));
}

ConnectionCheckPanel::~ConnectionCheckPanel()
{
    m_password.fill(QChar(u'\0'));
    m_passphrase.fill(QChar(u'\0'));
}

QCheckBox* ConnectionCheckPanel::skipCheckBox() const
{
    return m_ui->skipConnectionCheckBox;
}

ServerFactList ConnectionCheckPanel::failedFacts() const
{
    ServerFactList failed;
    for (const ServerFact& fact : m_facts) {
        if (fact.status == ServerFact::Fail)
            failed << fact;
    }
    return failed;
}

bool ConnectionCheckPanel::allowsNext() const
{
    return m_state == State::Passed || m_ui->skipConnectionCheckBox->isChecked();
}

void ConnectionCheckPanel::setServer(const ServerConfig& server, const QString& password,
                                     const QString& passphrase, bool valid)
{
    const bool changed = server != m_server || password != m_password || passphrase != m_passphrase;
    m_server = server;
    m_password = password;
    m_passphrase = passphrase;
    m_valid = valid;
    m_ui->testConnectionButton->setEnabled(valid && m_state != State::Running);
    if (!changed)
        return;
    if (m_state == State::Running)
        m_check->cancel();
    m_facts.clear();
    if (m_state != State::Untested) {
        m_ui->factsTable->setRowCount(0);
        m_ui->factsTable->setVisible(false);
        setState(State::Untested, tr("The server settings changed: test the connection again."));
    }
}

void ConnectionCheckPanel::setState(State state, const QString& message)
{
    const bool changed = state != m_state;
    m_state = state;
    const bool running = state == State::Running;
    m_ui->testConnectionButton->setEnabled(m_valid && !running);
    m_ui->cancelCheckButton->setVisible(running);
    m_ui->checkProgress->setVisible(running);
    m_ui->checkStatusLabel->setText(message);
    QPalette palette;
    if (state == State::Failed || state == State::Problems)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->checkStatusLabel->setPalette(palette);
    if (changed)
        emit stateChanged();
}

void ConnectionCheckPanel::startCheck()
{
    if (!m_valid || m_state == State::Running)
        return;
    m_facts.clear();
    SshTarget target;
    target.host = m_server.host;
    target.port = m_server.port;
    target.user = m_server.user;
    target.useAgent = m_server.auth == SshAuth::Agent;
    if (m_server.auth == SshAuth::Key) {
        target.identityFile = m_server.identityFile;
        target.passphrase = m_passphrase;
    }
    if (m_server.auth == SshAuth::Password)
        target.password = m_password;
    m_ui->factsTable->setRowCount(0);
    m_ui->factsTable->setVisible(false);
    setState(State::Running, tr("Connecting to %1…").arg(m_server.host));
    m_check->start(target, m_server.domain, m_requirements);
    target.wipeSecrets();
}

void ConnectionCheckPanel::cancelCheck()
{
    m_check->cancel();
    setState(State::Untested, tr("Cancelled. Not tested."));
}

void ConnectionCheckPanel::askAboutHostKey(const HostKey& key)
{
    const QString where = key.port == 22 ? key.host : QStringLiteral("%1:%2").arg(key.host).arg(key.port);
    const QMessageBox::StandardButton answer =
        MessageBox::question(this, tr("Is this the right server?"),
                             tr("KKT Deploy has not connected to %1 before.\n\nIts %2 host key has the "
                                "fingerprint\n%3\n\nCompare it with "
                                "the fingerprint your hosting provider shows (or run ssh-keygen -lf on the "
                                "server's key). Trust this "
                                "server and remember its key?")
                                 .arg(where, key.type, key.fingerprint),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (m_state != State::Running)
        return; // cancelled while the question was open
    if (answer == QMessageBox::Yes)
        m_check->acceptHostKey();
    else
        m_check->rejectHostKey();
}

void ConnectionCheckPanel::showFacts(const ServerFactList& facts)
{
    m_facts = facts;
    QTableWidget* table = m_ui->factsTable;
    table->setRowCount(int(facts.size()));
    int failures = 0;
    int warnings = 0;
    for (int row = 0; row < facts.size(); ++row) {
        const ServerFact& fact = facts.at(row);
        QString result;
        QColor colour;
        switch (fact.status) {
        case ServerFact::Pass:
            result = tr("✔ pass");
            colour = QColor(0x1b, 0x7f, 0x2a);
            break;
        case ServerFact::Warn:
            result = tr("⚠ warn");
            colour = QColor(0xa0, 0x60, 0x00);
            ++warnings;
            break;
        case ServerFact::Fail:
            result = tr("✖ fail");
            colour = QColor(0xb0, 0x00, 0x20);
            ++failures;
            break;
        }
        auto* status = new QTableWidgetItem(result);
        status->setForeground(colour);
        status->setData(Qt::UserRole, ServerFact::statusName(fact.status));
        table->setItem(row, 0, status);
        table->setItem(row, 1, new QTableWidgetItem(fact.title));
        // An internationalised domain as people read it, with its ASCII form.
        const auto readable = [this](QString text) {
            return m_server.domain.isEmpty()
                       ? text
                       : text.replace(m_server.domain, FieldRules::displayDomain(m_server.domain));
        };
        table->setItem(row, 2, new QTableWidgetItem(readable(fact.value)));
        auto* notes = new QTableWidgetItem(readable(fact.message));
        notes->setToolTip(notes->text());
        table->setItem(row, 3, notes);
        table->item(row, 1)->setData(Qt::UserRole, fact.id);
    }
    table->setVisible(true);
    if (failures > 0)
        setState(State::Problems, tr("Connected, but %n check(s) failed: fix them, choose another server, or "
                                     "continue without a successful test.",
                                     nullptr, failures));
    else
        setState(State::Passed, warnings > 0 ? tr("Connected. The server is suitable; %n warning(s) below.",
                                                  nullptr, warnings)
                                             : tr("Connected. The server is suitable."));
}

void ConnectionCheckPanel::showError(const SshError& error)
{
    setState(State::Failed, error.message);
}
