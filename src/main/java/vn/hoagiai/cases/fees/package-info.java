/**
 * Fees paid to mediators per case (thù lao, Decree 15/2014/NĐ-CP Art. 13): dated rate
 * tables per province, a fee per case and mediator computed when the case closes, the
 * list to pay with its Excel export, and payment.
 */
package vn.hoagiai.cases.fees;
