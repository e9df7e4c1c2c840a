/**
 * Training of mediators: training events and attendance, each mediator's training record,
 * the material library and who opened what, and the named rules "trained in the period"
 * and "has used the material set" that the indicators count with
 * {@link TrainingMeasures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package vn.hoagiai.training;
