#pragma once

#include "models/items/findingtablemodel.h"

#include <QWidget>

class QTableView;
class QToolButton;

namespace Slipway {

class FindingFilterProxyModel;
struct UpgradePlan;

// The findings table with a severity filter; double-clicking a finding about a node asks the
// window to show that node.
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setRows(const QList<FindingTableModel::Row> &rows);
    // The plan's findings: about the cluster now, then those projected after each hop.
    void setPlan(const UpgradePlan &plan);
    QTableView *view() const { return m_view; }
    FindingTableModel *model() const { return m_model; }
    QToolButton *severityButton(Finding::Severity severity) const;

Q_SIGNALS:
    void nodeActivated(const QString &node);

private:
    void updateButtons();

    FindingTableModel *m_model;
    FindingFilterProxyModel *m_proxy;
    QTableView *m_view;
    QList<QToolButton *> m_buttons; // indexed by int(Finding::Severity)
};

} // namespace Slipway
