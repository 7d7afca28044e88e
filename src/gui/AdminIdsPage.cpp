#include "AdminIdsPage.h"

#include "TestMessagePanel.h"

#include "ui_AdminIdsPage.h"

#include <QKeyEvent>

AdminIdsPage::AdminIdsPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::AdminIdsPage)
    , m_testMessage(new TestMessagePanel(secrets, [this] { return listedIds(); }))
{
    m_ui->setupUi(this);
    m_ui->testMessageLayout->addWidget(m_testMessage);
    setUpMessage(m_ui->adminIdError);
    setUpMessage(m_ui->adminIdsError);
    m_ui->adminIdList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    watch(m_ui->adminIdEdit);
    watchOther(m_ui->adminIdList);
    // Return in the ID field adds the ID instead of reaching the wizard's Next button.
    m_ui->adminIdEdit->installEventFilter(this);
    connect(m_ui->addAdminIdButton, &QPushButton::clicked, this, &AdminIdsPage::addTypedId);
    connect(m_ui->removeAdminIdButton, &QPushButton::clicked, this, &AdminIdsPage::removeSelectedIds);
    connect(m_ui->adminIdList, &QListWidget::itemSelectionChanged, this,
            [this] { m_ui->removeAdminIdButton->setEnabled(!m_ui->adminIdList->selectedItems().isEmpty()); });
    m_ui->removeAdminIdButton->setEnabled(false);
    load(false);
}

AdminIdsPage::~AdminIdsPage() = default;

QList<qint64> AdminIdsPage::listedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->adminIdList->count(); ++i)
        ids << m_ui->adminIdList->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void AdminIdsPage::addTypedId()
{
    const auto id = FieldRules::telegramId(m_ui->adminIdEdit->text());
    touch(m_ui->adminIdEdit);
    if (id.ok() && !listedIds().contains(id.value)) {
        auto* item = new QListWidgetItem(QString::number(id.value), m_ui->adminIdList);
        item->setData(Qt::UserRole, id.value);
        m_ui->adminIdEdit->clear();
        touch(m_ui->adminIdList);
    }
    refresh();
}

void AdminIdsPage::removeSelectedIds()
{
    qDeleteAll(m_ui->adminIdList->selectedItems());
    touch(m_ui->adminIdList);
    refresh();
}

bool AdminIdsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->adminIdEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedId();
            return true;
        }
    }
    return DeploymentPage::eventFilter(watched, event);
}

bool AdminIdsPage::validatePage()
{
    if (!m_ui->adminIdEdit->text().trimmed().isEmpty())
        addTypedId();
    return isComplete();
}

void AdminIdsPage::loadFields()
{
    m_ui->adminIdEdit->clear();
    m_ui->adminIdList->clear();
    for (qint64 id : config().telegram.adminIds) {
        if (listedIds().contains(id))
            continue;
        auto* item = new QListWidgetItem(QString::number(id), m_ui->adminIdList);
        item->setData(Qt::UserRole, id);
    }
}

void AdminIdsPage::refresh()
{
    if (isLoading())
        return;
    QList<qint64> ids = listedIds();
    bool ok = true;
    // The typed ID: empty is fine, a valid new ID counts (Next adds it), anything else is refused.
    const QString typed = m_ui->adminIdEdit->text();
    const auto id = FieldRules::telegramId(typed);
    if (typed.trimmed().isEmpty()) {
        clearMessage(m_ui->adminIdError);
        m_ui->addAdminIdButton->setEnabled(false);
    } else if (!id.ok()) {
        ok &= report(id, m_ui->adminIdEdit, m_ui->adminIdError, tr("Telegram ID"));
        m_ui->addAdminIdButton->setEnabled(false);
    } else if (ids.contains(id.value)) {
        showProblem(tr("%1 is already in the list").arg(id.value),
                    tr("enter a different ID; each administrator is listed once"), m_ui->adminIdEdit,
                    m_ui->adminIdError, tr("Telegram ID"));
        m_ui->addAdminIdButton->setEnabled(false);
        ok = false;
    } else {
        clearMessage(m_ui->adminIdError);
        m_ui->addAdminIdButton->setEnabled(true);
        ids << id.value;
    }
    const auto all = FieldRules::telegramIds(ids);
    ok &= report(all, m_ui->adminIdList, m_ui->adminIdsError, tr("Administrator IDs"));
    config().telegram.adminIds = listedIds();
    setComplete(ok);
}
