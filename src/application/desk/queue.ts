import { callNextTicket, findTicket, insertTicket, listTickets, markTicketNotServed, markTicketServed, type DeskTicket } from '../../adapters/db/desk-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { branchDay, deskBranchOf } from './desk-branch.ts';

/**
 * The branch's electronic queue (seed 001 line 136: the applicant hands in the application "by the electronic queue",
 * электрондық кезек ретімен, 2 minutes). A ticket is taken (waiting), called by an operator (called) and served.
 */
export async function takeTicket(app: AppContext, staff: StaffMember): Promise<DeskTicket> {
  const branch = await deskBranchOf(app.db, staff);
  const now = app.clock();
  return app.db.transaction((tx) => insertTicket(tx, { id: app.newId(), branchId: branch.id, day: branchDay(branch, now), takenAt: now.toISOString() }));
}

export async function todaysTickets(app: AppContext, staff: StaffMember): Promise<DeskTicket[]> {
  const branch = await deskBranchOf(app.db, staff);
  return listTickets(app.db, branch.id, branchDay(branch, app.clock()));
}

export async function callNext(app: AppContext, staff: StaffMember): Promise<DeskTicket> {
  const branch = await deskBranchOf(app.db, staff);
  const now = app.clock();
  const ticket = await app.db.transaction((tx) => callNextTicket(tx, branch.id, branchDay(branch, now), staff.id, now.toISOString()));
  if (!ticket) throw new AppError('QUEUE_EMPTY', `no waiting ticket at ${branch.id}`);
  return ticket;
}

export async function serveTicket(app: AppContext, staff: StaffMember, ticketId: string): Promise<DeskTicket> {
  const branch = await deskBranchOf(app.db, staff);
  return app.db.transaction(async (tx) => {
    const ticket = await markTicketServed(tx, branch.id, ticketId, app.clock().toISOString());
    if (ticket) return ticket;
    // A ticket closed as not served stays closed (issue #17); an unknown one is not found.
    const existing = await findTicket(tx, branch.id, ticketId);
    if (existing) throw new AppError('TICKET_CLOSED', `ticket ${ticketId} is ${existing.status}`, { number: existing.number });
    throw new AppError('TICKET_NOT_FOUND', `no ticket ${ticketId} at ${branch.id}`);
  });
}

/**
 * Closes a waiting or called ticket as not served, with the operator's reason (issue #17: the branch cannot accept
 * the service, the person left…). The reason and the operator are recorded on the ticket; a closed ticket stays closed.
 */
export async function closeTicketNotServed(app: AppContext, staff: StaffMember, ticketId: string, reason: string): Promise<DeskTicket> {
  const branch = await deskBranchOf(app.db, staff);
  return app.db.transaction(async (tx) => {
    const existing = await findTicket(tx, branch.id, ticketId);
    if (!existing) throw new AppError('TICKET_NOT_FOUND', `no ticket ${ticketId} at ${branch.id}`);
    const closed = await markTicketNotServed(tx, branch.id, ticketId, { reason: reason.trim(), operatorId: staff.id, at: app.clock().toISOString() });
    if (!closed) throw new AppError('TICKET_CLOSED', `ticket ${ticketId} is ${existing.status}`, { number: existing.number });
    return closed;
  });
}

/** A ticket of today at the operator's branch, or TICKET_NOT_FOUND (an application at the desk needs a ticket). */
export async function ticketOfToday(app: AppContext, staff: StaffMember, ticketId: string): Promise<DeskTicket> {
  const branch = await deskBranchOf(app.db, staff);
  const ticket = /^[0-9a-f-]{36}$/i.test(ticketId) ? await findTicket(app.db, branch.id, ticketId) : null;
  if (!ticket || ticket.day !== branchDay(branch, app.clock())) throw new AppError('TICKET_NOT_FOUND', `no ticket ${ticketId} today at ${branch.id}`);
  return ticket;
}
