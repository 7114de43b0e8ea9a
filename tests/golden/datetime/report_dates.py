# A realistic report: invoices due dates, overdue days and monthly totals with date/timedelta.
from datetime import date, datetime, timedelta

today = date(2024, 3, 15)
invoices = [("INV-1", "2024-01-20", 120.0, 30), ("INV-2", "2024-02-10", 80.5, 45), ("INV-3", "2024-03-01", 42.25, 14)]
by_month = {}
for ref, issued, amount, terms in invoices:
    issued_on = date.fromisoformat(issued)
    due = issued_on + timedelta(days=terms)
    overdue = (today - due).days
    status = f"overdue by {overdue} days" if overdue > 0 else f"due in {-overdue} days"
    print(f"{ref}: issued {issued_on:%d %b}, due {due.strftime('%a %d %b %Y')} ({status})")
    key = issued_on.strftime("%Y-%m")
    by_month[key] = by_month.get(key, 0) + amount
for month, total in sorted(by_month.items()):
    print(month, f"{total:8.2f}")
start = datetime.strptime("2024-03-15 09:00", "%Y-%m-%d %H:%M")
slots = [start + timedelta(minutes=45 * i) for i in range(4)]
print([s.strftime("%H:%M") for s in slots], (slots[-1] - slots[0]).total_seconds())
