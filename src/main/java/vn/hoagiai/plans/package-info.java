/**
 * Programme plans (đề án, kế hoạch) and their tasks: lead and coordinating agencies, time
 * frames, yearly progress with evidence, hand-over to successor agencies, and the views
 * that follow them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package vn.hoagiai.plans;
