"""Held-out tutor problems: NOT used to build the parser; answers computed here, independently,
with the textbook formula for each (g = 9.81 m/s^2 unless a question says otherwise).

Varied on purpose: other phrasings than the public set, other units (km/h, cm, g, minutes, rpm,
degrees), answers asked in a unit ("in km/h"), distractor numbers, signs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

G = 9.81


@dataclass(frozen=True)
class Problem:
    topic: str
    question: str
    value: float
    unit: str
    rel_tol: float = 0.02

    def as_dict(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "question": self.question,
            "value": self.value,
            "unit": self.unit,
            "rel_tol": self.rel_tol,
        }


def _deg(x: float) -> float:
    return math.radians(x)


PROBLEMS: list[Problem] = [
    # --- kinematics ---------------------------------------------------------------------------------
    Problem(
        "kinematics", "A cyclist speeds up from 3 m/s to 9 m/s in 4 s. Find her acceleration.", (9 - 3) / 4, "m/s^2"
    ),
    Problem(
        "kinematics",
        "A car travelling at 72 km/h brakes to a stop in 5 s. What is its deceleration?",
        (72 / 3.6) / 5,
        "m/s^2",
    ),
    Problem(
        "kinematics", "A train moves at a steady 90 km/h for 20 minutes. How far does it go, in km?", 90 * 20 / 60, "km"
    ),
    Problem("kinematics", "A sprinter runs 100 m in 12.5 s. What is her average speed?", 100 / 12.5, "m/s"),
    Problem(
        "kinematics",
        "A stone is dropped from a bridge and hits the water 3.0 s later. How high is the bridge?",
        0.5 * G * 3.0**2,
        "m",
    ),
    Problem(
        "kinematics",
        "A rock falls from rest off a 45 m cliff. How long does it take to reach the ground?",
        math.sqrt(2 * 45 / G),
        "s",
    ),
    Problem("kinematics", "A ball is thrown straight up at 12 m/s. How high does it go?", 12**2 / (2 * G), "m"),
    Problem(
        "kinematics",
        "A ball is thrown vertically upward with a speed of 15 m/s. How long does it take to reach its highest point?",
        15 / G,
        "s",
    ),
    Problem(
        "kinematics",
        "A car starts from rest and accelerates uniformly at 3 m/s^2 for 6 s. How far does it travel?",
        0.5 * 3 * 6**2,
        "m",
    ),
    Problem(
        "kinematics",
        (
            "A jet accelerates from rest at 4.0 m/s² along a 1.2 km runway. What speed does it reach at the end of the "
            "runway?"
        ),
        math.sqrt(2 * 4.0 * 1200),
        "m/s",
    ),
    Problem(
        "kinematics",
        "A golf ball is hit at 40 m/s at an angle of 45 degrees. What is its range on level ground?",
        40**2 * math.sin(_deg(90)) / G,
        "m",
    ),
    Problem(
        "kinematics",
        "A projectile is launched at 25 m/s at 60° above the horizontal. How long is it in the air?",
        2 * 25 * math.sin(_deg(60)) / G,
        "s",
    ),
    Problem(
        "kinematics",
        (
            "A stone is thrown horizontally at 8 m/s from the top of a 20 m high cliff. How far from the base of the "
            "cliff "
            "does it land?"
        ),
        8 * math.sqrt(2 * 20 / G),
        "m",
    ),
    Problem(
        "kinematics",
        "A bus slows down from 54 km/h to 18 km/h over a distance of 50 m. What is its acceleration?",
        ((18 / 3.6) ** 2 - (54 / 3.6) ** 2) / (2 * 50),
        "m/s^2",
    ),
    Problem(
        "kinematics",
        "How long does it take a car to accelerate from 10 m/s to 30 m/s at 2.5 m/s^2?",
        (30 - 10) / 2.5,
        "s",
    ),
    Problem(
        "kinematics",
        "A ball rolls off a 1.25 m high table at 2 m/s. How long does it take to hit the floor?",
        math.sqrt(2 * 1.25 / G),
        "s",
    ),
    Problem(
        "kinematics",
        "A ball is kicked at 20 m/s at 35 degrees above the horizontal. What is its maximum height in cm?",
        100 * (20 * math.sin(_deg(35))) ** 2 / (2 * G),
        "cm",
    ),
    Problem(
        "kinematics", "A cheetah covers 0.5 km at a constant speed of 25 m/s. How long does it take?", 500 / 25, "s"
    ),
    Problem(
        "kinematics",
        "A motorcycle traveling at 15 m/s accelerates at 2 m/s^2 for 5 seconds. What is its final velocity in km/h?",
        (15 + 2 * 5) * 3.6,
        "km/h",
    ),
    Problem(
        "kinematics", "A 1200 kg car accelerates from rest to 24 m/s in 8 s. What is its acceleration?", 24 / 8, "m/s^2"
    ),
    Problem(
        "kinematics",
        "A skateboarder rolling at 4 m/s accelerates at 0.5 m/s^2 over 30 m. What is her final speed?",
        math.sqrt(4**2 + 2 * 0.5 * 30),
        "m/s",
    ),
    Problem(
        "kinematics",
        "A stone is dropped into a well 20 m deep. With what speed does it hit the water?",
        math.sqrt(2 * G * 20),
        "m/s",
    ),
    # --- forces -------------------------------------------------------------------------------------
    Problem("forces", "What force is needed to give a 1200 kg car an acceleration of 2.5 m/s^2?", 1200 * 2.5, "N"),
    Problem(
        "forces", "A 60 kg skater is pushed with a net force of 150 N. What is her acceleration?", 150 / 60, "m/s^2"
    ),
    Problem("forces", "What is the weight of a 75 kg astronaut on the Moon, where g = 1.62 m/s^2?", 75 * 1.62, "N"),
    Problem("forces", "What is the weight of a 500 g bag of flour?", 0.5 * G, "N"),
    Problem(
        "forces",
        "A 20 kg crate sits on a ramp inclined at 35 degrees. What is the normal force on the crate?",
        20 * G * math.cos(_deg(35)),
        "N",
    ),
    Problem(
        "forces",
        "A 5 kg block slides down a frictionless 30 degree incline. What is its acceleration?",
        G * math.sin(_deg(30)),
        "m/s^2",
    ),
    Problem(
        "forces",
        "A 10 kg box rests on a 40° slope. What is the component of its weight parallel to the slope?",
        10 * G * math.sin(_deg(40)),
        "N",
    ),
    Problem(
        "forces",
        "A spring with spring constant 250 N/m is stretched by 8 cm. What force does it exert?",
        250 * 0.08,
        "N",
    ),
    Problem("forces", "A force of 50 N stretches a spring by 4 cm. What is the spring constant?", 50 / 0.04, "N/m"),
    Problem(
        "forces", "How far will a spring of constant 400 N/m stretch when a 2 kg mass hangs from it?", 2 * G / 400, "m"
    ),
    Problem(
        "forces",
        "A 30 N force is applied at 25 degrees above the horizontal. Find the vertical component of the force.",
        30 * math.sin(_deg(25)),
        "N",
    ),
    Problem(
        "forces",
        "Two forces of 6 N and 8 N act at right angles to each other. What is the magnitude of the resultant force?",
        math.hypot(6, 8),
        "N",
    ),
    Problem(
        "forces",
        (
            "A 3 kg mass and a 5 kg mass are connected by a string over a frictionless pulley. What is the "
            "acceleration of "
            "the masses?"
        ),
        (5 - 3) * G / 8,
        "m/s^2",
    ),
    Problem(
        "forces",
        (
            "A 50 kg crate is on a floor where the coefficient of kinetic friction is 0.3. What horizontal force "
            "keeps it sliding "
            "at constant speed?"
        ),
        0.3 * 50 * G,
        "N",
    ),
    Problem(
        "forces",
        "An 800 kg elevator accelerates upward at 1.5 m/s^2. What is the tension in the cable?",
        800 * (G + 1.5),
        "N",
    ),
    Problem(
        "forces", "A 4 kg lamp hangs from the ceiling by a single cord. What is the tension in the cord?", 4 * G, "N"
    ),
    Problem(
        "forces",
        "A 1500 kg car brakes from 25 m/s to rest in 5 s. What is the average braking force?",
        1500 * 25 / 5,
        "N",
    ),
    Problem(
        "forces",
        (
            "A box is pushed with 40 N to the right while friction acts with 15 N to the left. If the box has a mass "
            "of 5 kg, "
            "what is its acceleration?"
        ),
        (40 - 15) / 5,
        "m/s^2",
    ),
    Problem(
        "forces",
        (
            "A 2 kg block rests on a horizontal table. The coefficient of static friction is 0.4. What is the maximum "
            "static "
            "friction force?"
        ),
        0.4 * 2 * G,
        "N",
    ),
    Problem("forces", "What is the mass of an object that weighs 490.5 N on Earth?", 490.5 / G, "kg"),
    Problem(
        "forces",
        (
            "A 25 kg box on a 20 degree incline has a coefficient of kinetic friction of 0.2 and slides down. What is "
            "its "
            "acceleration?"
        ),
        G * (math.sin(_deg(20)) - 0.2 * math.cos(_deg(20))),
        "m/s^2",
    ),
    # --- energy -------------------------------------------------------------------------------------
    Problem("energy", "What is the kinetic energy of a 0.15 kg baseball thrown at 40 m/s?", 0.5 * 0.15 * 40**2, "J"),
    Problem("energy", "A 70 kg runner moves at 18 km/h. What is her kinetic energy?", 0.5 * 70 * (18 / 3.6) ** 2, "J"),
    Problem(
        "energy",
        "How much gravitational potential energy does a 2 kg book gain when lifted onto a shelf 1.8 m high?",
        2 * G * 1.8,
        "J",
    ),
    Problem(
        "energy",
        "A 60 kg climber ascends 300 m. How much potential energy does she gain, in kJ?",
        60 * G * 300 / 1000,
        "kJ",
    ),
    Problem(
        "energy",
        "A spring with k = 500 N/m is compressed by 0.1 m. How much elastic potential energy is stored?",
        0.5 * 500 * 0.1**2,
        "J",
    ),
    Problem("energy", "A force of 80 N pulls a sled 15 m along the ground. How much work is done?", 80 * 15, "J"),
    Problem(
        "energy",
        "A 20 N force pulls a wagon 10 m at an angle of 60 degrees to the horizontal. How much work does it do?",
        20 * 10 * math.cos(_deg(60)),
        "J",
    ),
    Problem("energy", "A 2 kW motor runs for 30 s. How much energy does it transfer?", 2000 * 30, "J"),
    Problem("energy", "A crane lifts a 500 kg load 12 m in 20 s. What is its power output?", 500 * G * 12 / 20, "W"),
    Problem(
        "energy",
        "A 1200 kg car speeds up from 10 m/s to 20 m/s. How much work is done on it?",
        0.5 * 1200 * (20**2 - 10**2),
        "J",
    ),
    Problem(
        "energy",
        "A skier starts from rest at the top of a 20 m high frictionless hill. What is her speed at the bottom?",
        math.sqrt(2 * G * 20),
        "m/s",
    ),
    Problem(
        "energy",
        "A 2 kg ball is thrown straight up with a speed of 10 m/s. Using energy conservation, how high does it rise?",
        10**2 / (2 * G),
        "m",
    ),
    Problem(
        "energy",
        "A 0.2 kg apple falls from a branch 3.2 m above the ground. How fast is it going when it hits the ground?",
        math.sqrt(2 * G * 3.2),
        "m/s",
    ),
    Problem("energy", "A 100 W light bulb is left on for 2 hours. How much energy does it use?", 100 * 2 * 3600, "J"),
    Problem("energy", "A pump does 4500 J of work in 15 s. What is its power?", 4500 / 15, "W"),
    Problem(
        "energy",
        (
            "A 0.5 kg block is pushed against a spring of constant 200 N/m, compressing it 10 cm, and released on a "
            "frictionless "
            "surface. What is its speed when it leaves the spring?"
        ),
        0.10 * math.sqrt(200 / 0.5),
        "m/s",
    ),
    Problem(
        "energy",
        "A car engine delivers a force of 2000 N while the car moves at 25 m/s. What power does it deliver?",
        2000 * 25,
        "W",
    ),
    Problem(
        "energy",
        (
            "A roller coaster car moves at 5 m/s at the top of a 30 m hill. Ignoring friction, how fast is it moving "
            "at the "
            "bottom?"
        ),
        math.sqrt(5**2 + 2 * G * 30),
        "m/s",
    ),
    Problem(
        "energy",
        "An electric motor takes in 500 J of energy and does 400 J of useful work. What is its efficiency?",
        400 / 500,
        "",
    ),
    Problem(
        "energy",
        (
            "A 40 kg child slides down a frictionless slide from a height of 2.5 m, starting from rest. What is her "
            "speed at "
            "the bottom, in km/h?"
        ),
        math.sqrt(2 * G * 2.5) * 3.6,
        "km/h",
    ),
    # --- momentum -----------------------------------------------------------------------------------
    Problem("momentum", "What is the momentum of a 0.06 kg tennis ball moving at 50 m/s?", 0.06 * 50, "kg*m/s"),
    Problem("momentum", "A 70 kg sprinter runs at 9 m/s. Calculate her momentum.", 70 * 9, "kg*m/s"),
    Problem(
        "momentum",
        (
            "A 1000 kg car moving at 20 m/s collides with a stationary 1500 kg car and they lock together. What is "
            "their velocity "
            "just after the collision?"
        ),
        1000 * 20 / 2500,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 3 kg trolley moving at 4 m/s collides with a 1 kg trolley at rest and they stick together. Find their "
            "common "
            "speed."
        ),
        3 * 4 / 4,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 1 kg ball moving at 6 m/s collides elastically with a 2 kg ball at rest. What is the velocity of the 2 "
            "kg ball "
            "after the collision?"
        ),
        2 * 1 * 6 / 3,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 0.5 kg ball moving at 4 m/s collides elastically head-on with a stationary 1.5 kg ball. What is the "
            "velocity "
            "of the 0.5 kg ball after the collision?"
        ),
        (0.5 - 1.5) / 2.0 * 4,
        "m/s",
    ),
    Problem(
        "momentum",
        "A 50 g bullet is fired from a 2.5 kg gun at 300 m/s. What is the recoil speed of the gun?",
        0.05 * 300 / 2.5,
        "m/s",
    ),
    Problem(
        "momentum",
        "A 60 kg skater at rest throws a 3 kg ball forward at 8 m/s. How fast does the skater move backwards?",
        3 * 8 / 60,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 0.15 kg ball hits a bat at 30 m/s and bounces back in the opposite direction at 40 m/s. What is the "
            "magnitude "
            "of the impulse on the ball?"
        ),
        0.15 * (30 + 40),
        "N*s",
    ),
    Problem(
        "momentum",
        (
            "A 0.4 kg ball hits a wall at 12 m/s and rebounds at 10 m/s. The contact lasts 0.05 s. What is the "
            "average force "
            "on the ball?"
        ),
        0.4 * (12 + 10) / 0.05,
        "N",
    ),
    Problem("momentum", "A force of 200 N acts on a ball for 0.02 s. What impulse does it deliver?", 200 * 0.02, "N*s"),
    Problem(
        "momentum",
        "A 1500 kg car moving at 25 m/s is brought to rest. What is the magnitude of its change in momentum?",
        1500 * 25,
        "kg*m/s",
    ),
    Problem(
        "momentum",
        (
            "A 2 kg cart moving at 3 m/s collides with a 4 kg cart moving at 1 m/s in the same direction. They couple "
            "together. "
            "What is their final velocity?"
        ),
        (2 * 3 + 4 * 1) / 6,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "How much kinetic energy is lost when a 2 kg ball moving at 6 m/s collides with and sticks to a 1 kg ball "
            "at "
            "rest?"
        ),
        0.5 * 2 * 36 - 0.5 * 3 * (12 / 3) ** 2,
        "J",
    ),
    Problem(
        "momentum",
        (
            "A 0.145 kg baseball moving at 144 km/h is caught by a catcher. What is the magnitude of the change in its "
            "momentum?"
        ),
        0.145 * 144 / 3.6,
        "kg*m/s",
    ),
    Problem(
        "momentum",
        (
            "A 5 kg ball moving at 2 m/s hits a 3 kg ball at rest. After the collision the 5 kg ball moves at 0.5 m/s "
            "in the "
            "same direction. What is the speed of the 3 kg ball after the collision?"
        ),
        (5 * 2 - 5 * 0.5) / 3,
        "m/s",
    ),
    # --- angular motion -----------------------------------------------------------------------------
    Problem(
        "angular_motion",
        "A fan blade speeds up from rest to 30 rad/s in 6 s. What is its angular acceleration?",
        30 / 6,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "A flywheel spinning at 120 rad/s slows uniformly to 40 rad/s in 20 s. What is its angular acceleration?",
        (40 - 120) / 20,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "A wheel starts from rest with an angular acceleration of 2 rad/s^2. What is its angular velocity after 5 s?",
        2 * 5,
        "rad/s",
    ),
    Problem(
        "angular_motion",
        "A disc of mass 3 kg and radius 0.2 m rotates about its central axis. What is its moment of inertia?",
        0.5 * 3 * 0.2**2,
        "kg*m^2",
    ),
    Problem(
        "angular_motion",
        "Find the moment of inertia of a solid sphere of mass 5 kg and radius 10 cm.",
        0.4 * 5 * 0.1**2,
        "kg*m^2",
    ),
    Problem(
        "angular_motion",
        "A uniform rod of mass 2 kg and length 1.2 m rotates about one end. What is its moment of inertia?",
        2 * 1.2**2 / 3,
        "kg*m^2",
    ),
    Problem(
        "angular_motion",
        "A 40 N force is applied perpendicular to a 0.3 m long wrench. What torque does it produce?",
        40 * 0.3,
        "N*m",
    ),
    Problem(
        "angular_motion",
        "A force of 25 N pushes on a door 0.8 m from the hinge at 60 degrees to the door. What is the torque?",
        25 * 0.8 * math.sin(_deg(60)),
        "N*m",
    ),
    Problem(
        "angular_motion",
        (
            "A wheel with moment of inertia 0.5 kg m^2 has an angular acceleration of 6 rad/s^2. What net torque acts "
            "on "
            "it?"
        ),
        0.5 * 6,
        "N*m",
    ),
    Problem(
        "angular_motion",
        "A wheel of radius 0.35 m spins at 10 rad/s. What is the speed of a point on its rim?",
        0.35 * 10,
        "m/s",
    ),
    Problem(
        "angular_motion",
        "A merry-go-round accelerates from rest at 0.5 rad/s^2 for 10 s. Through how many revolutions does it turn?",
        0.5 * 0.5 * 10**2 / (2 * math.pi),
        "rev",
    ),
    Problem(
        "angular_motion",
        "A hoop rolls without slipping from rest down a ramp 2 m high. What is its speed at the bottom?",
        math.sqrt(G * 2),
        "m/s",
    ),
    Problem(
        "angular_motion",
        "A flywheel with moment of inertia 2 kg m^2 spins at 50 rad/s. What is its rotational kinetic energy?",
        0.5 * 2 * 50**2,
        "J",
    ),
    Problem(
        "angular_motion",
        (
            "A skater with a moment of inertia of 4 kg m^2 spins at 2 rad/s, then pulls in her arms so her moment of "
            "inertia "
            "becomes 1.6 kg m^2. What is her new angular velocity?"
        ),
        4 * 2 / 1.6,
        "rad/s",
    ),
    Problem(
        "angular_motion",
        (
            "A 1.5 kg ball on a 0.8 m string is swung in a horizontal circle at 4 m/s. What centripetal force does "
            "the string "
            "provide?"
        ),
        1.5 * 4**2 / 0.8,
        "N",
    ),
    Problem(
        "angular_motion",
        "A wheel with moment of inertia 0.8 kg m^2 rotates at 300 rpm. What is its angular momentum?",
        0.8 * 300 * 2 * math.pi / 60,
        "kg*m^2/s",
    ),
    Problem(
        "angular_motion",
        "A car wheel turns at 1200 rpm for 3 minutes. How many revolutions does it make?",
        1200 * 3,
        "rev",
    ),
    Problem(
        "angular_motion",
        (
            "A solid cylinder of mass 4 kg and radius 0.25 m has a torque of 2 N m applied to it. What is its angular "
            "acceleration?"
        ),
        2 / (0.5 * 4 * 0.25**2),
        "rad/s^2",
    ),
    # --- math ---------------------------------------------------------------------------------------
    Problem("math", "Solve 2x^2 + 3x - 2 = 0 for the positive root.", 0.5, ""),
    Problem("math", "What is sin(30 degrees)?", math.sin(_deg(30)), ""),
    Problem("math", "What is tan(45°)?", math.tan(_deg(45)), ""),
    Problem("math", "Find the smaller root of x^2 - 7x + 10 = 0.", 2.0, ""),
    Problem("math", "Convert 72 km/h to m/s.", 72 / 3.6, "m/s"),
    Problem("math", "How many meters are in 3.5 km?", 3500.0, "m"),
    Problem("math", "A right triangle has legs 3 and 4. What is the length of the hypotenuse?", 5.0, ""),
    Problem(
        "math",
        "A triangle has sides 5 and 8 with an included angle of 60 degrees. What is the length of the third side?",
        math.sqrt(25 + 64 - 2 * 5 * 8 * math.cos(_deg(60))),
        "",
    ),
    Problem("math", "Convert 2.5 hours to seconds.", 2.5 * 3600, "s"),
    Problem("math", "What is cos(0.5 rad)?", math.cos(0.5), ""),
    Problem("math", "Express 1200 rpm in rad/s.", 1200 * 2 * math.pi / 60, "rad/s"),
    Problem("math", "Convert 30 degrees to radians.", _deg(30), "rad"),
]


# A second set, written after the parser was tuned on PROBLEMS and scored once before any change
# (first pass recorded in docs/tutor.md): new phrasings, units and distractors.
FRESH: list[Problem] = [
    Problem(
        "kinematics",
        "Starting from rest, a sports car reaches 100 km/h in 4.0 s. Calculate its average acceleration.",
        (100 / 3.6) / 4.0,
        "m/s^2",
    ),
    Problem(
        "kinematics",
        "A runner jogs at a constant 3.5 m/s for 15 minutes. What distance does she cover in km?",
        3.5 * 15 * 60 / 1000,
        "km",
    ),
    Problem(
        "kinematics",
        "A 0.3 kg ball is dropped from the top of a 80 m tower. How long does it take to hit the ground?",
        math.sqrt(2 * 80 / G),
        "s",
    ),
    Problem(
        "kinematics",
        "A truck moving at 25 m/s decelerates at 5 m/s^2. How far does it travel before stopping?",
        25**2 / (2 * 5),
        "m",
    ),
    Problem(
        "kinematics",
        (
            "An arrow is fired at 50 m/s at 20 degrees above the horizontal from level ground. What is its horizontal "
            "range?"
        ),
        50**2 * math.sin(_deg(40)) / G,
        "m",
    ),
    Problem(
        "kinematics",
        (
            "A package is released from a plane flying horizontally at 70 m/s at a height of 500 m. How far does it "
            "travel "
            "horizontally before it hits the ground?"
        ),
        70 * math.sqrt(2 * 500 / G),
        "m",
    ),
    Problem(
        "kinematics",
        (
            "A volleyball is hit straight upward at 9 m/s. What maximum height does it reach above the point where it "
            "was "
            "hit?"
        ),
        9**2 / (2 * G),
        "m",
    ),
    Problem("kinematics", "An elevator speeds up from 0 to 4 m/s over 2 s. What is its acceleration?", 4 / 2, "m/s^2"),
    Problem("forces", "A net force of 2.4 kN acts on a 800 kg car. Find the acceleration.", 2400 / 800, "m/s^2"),
    Problem("forces", "What is the weight of a 2.5 kg cat?", 2.5 * G, "N"),
    Problem(
        "forces",
        "A 15 kg block rests on a plane inclined at 30 degrees. Find the normal force exerted by the plane.",
        15 * G * math.cos(_deg(30)),
        "N",
    ),
    Problem(
        "forces",
        (
            "A 100 N force is applied at an angle of 30 degrees above the horizontal. What is the horizontal "
            "component of the "
            "force?"
        ),
        100 * math.cos(_deg(30)),
        "N",
    ),
    Problem(
        "forces",
        "A spring stretches by 12 cm when a force of 18 N is applied. Find its spring constant.",
        18 / 0.12,
        "N/m",
    ),
    Problem(
        "forces",
        "A 6 kg and a 4 kg mass hang over a frictionless pulley in an Atwood machine. What is the tension in the rope?",
        2 * 6 * 4 * G / 10,
        "N",
    ),
    Problem(
        "forces",
        (
            "A 40 kg crate sits on a level floor. The coefficient of static friction between the crate and the floor "
            "is 0.6. "
            "What minimum horizontal force will start it moving?"
        ),
        0.6 * 40 * G,
        "N",
    ),
    Problem("forces", "What net force is needed to accelerate a 0.5 kg ball at 12 m/s^2?", 0.5 * 12, "N"),
    Problem("energy", "Find the kinetic energy of a 3 g bullet travelling at 400 m/s.", 0.5 * 0.003 * 400**2, "J"),
    Problem(
        "energy", "How much work does a 25 N force do pushing a cart 4 m in the direction of the force?", 25 * 4, "J"
    ),
    Problem(
        "energy",
        "A 5 kg bag of sand is raised 1.5 m onto a truck. How much work is done against gravity?",
        5 * G * 1.5,
        "J",
    ),
    Problem(
        "energy", "A 1.5 kW heater runs for 10 minutes. How much energy does it use, in kJ?", 1500 * 600 / 1000, "kJ"
    ),
    Problem(
        "energy",
        "A spring of stiffness 2000 N/m is stretched 3 cm. What elastic potential energy does it store?",
        0.5 * 2000 * 0.03**2,
        "J",
    ),
    Problem(
        "energy",
        "A pendulum bob is released from rest 0.45 m above its lowest point. What is its speed at the lowest point?",
        math.sqrt(2 * G * 0.45),
        "m/s",
    ),
    Problem(
        "energy",
        "A lift motor raises a 600 kg elevator 20 m in 30 s. What is the power of the motor?",
        600 * G * 20 / 30,
        "W",
    ),
    Problem(
        "energy",
        "A 2000 kg truck slows from 20 m/s to 5 m/s. How much work was done by the brakes?",
        0.5 * 2000 * (5**2 - 20**2),
        "J",
    ),
    Problem("momentum", "Calculate the momentum of a 45 g golf ball moving at 60 m/s.", 0.045 * 60, "kg*m/s"),
    Problem(
        "momentum",
        (
            "A 900 kg car moving at 15 m/s hits a parked 1200 kg car and the two move off together. What is their "
            "speed just "
            "after the crash?"
        ),
        900 * 15 / 2100,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 0.2 kg puck at 3 m/s makes an elastic head-on collision with a 0.2 kg puck at rest. What is the speed "
            "of the "
            "second puck after the collision?"
        ),
        3.0,
        "m/s",
    ),
    Problem(
        "momentum",
        "A 80 kg astronaut at rest pushes a 20 kg toolbox away at 1.2 m/s. What is the recoil speed of the astronaut?",
        20 * 1.2 / 80,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 0.5 kg football moving at 20 m/s is stopped by a goalkeeper in 0.1 s. What average force does the "
            "goalkeeper "
            "exert?"
        ),
        0.5 * 20 / 0.1,
        "N",
    ),
    Problem(
        "momentum",
        (
            "A 2 kg ball falls and hits the floor at 6 m/s, then bounces up at 4 m/s. Find the magnitude of the "
            "change in "
            "momentum."
        ),
        2 * (6 + 4),
        "kg*m/s",
    ),
    Problem("momentum", "A constant force of 15 N acts on a cart for 4 s. What is the impulse?", 15 * 4, "N*s"),
    Problem(
        "angular_motion",
        "A wheel rotating at 8 rad/s speeds up to 20 rad/s in 4 s. Find its angular acceleration.",
        (20 - 8) / 4,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "What is the moment of inertia of a solid cylinder of mass 10 kg and radius 0.3 m about its axis?",
        0.5 * 10 * 0.3**2,
        "kg*m^2",
    ),
    Problem(
        "angular_motion",
        (
            "A torque of 30 N m acts on a flywheel with a moment of inertia of 5 kg m^2. What angular acceleration "
            "does it "
            "produce?"
        ),
        30 / 5,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "A 15 N force acts at right angles to a 0.4 m lever. What is the torque about the pivot?",
        15 * 0.4,
        "N*m",
    ),
    Problem(
        "angular_motion",
        "A CD spins at 500 rpm. What is the speed of a point 6 cm from its centre?",
        500 * 2 * math.pi / 60 * 0.06,
        "m/s",
    ),
    Problem(
        "angular_motion",
        "A solid cylinder rolls without slipping from rest down a slope 0.9 m high. What is its speed at the bottom?",
        math.sqrt(4 / 3 * G * 0.9),
        "m/s",
    ),
    Problem(
        "angular_motion",
        "A spinning top has a moment of inertia of 0.002 kg m^2 and spins at 100 rad/s. What is its angular momentum?",
        0.002 * 100,
        "kg*m^2/s",
    ),
    Problem(
        "angular_motion",
        "A wheel turns through 40 rad in 5 s at constant angular velocity. What is its angular velocity?",
        40 / 5,
        "rad/s",
    ),
    Problem(
        "angular_motion",
        "A 0.2 kg stone on a 0.5 m string is whirled in a circle at 3 m/s. What is the centripetal force?",
        0.2 * 9 / 0.5,
        "N",
    ),
    Problem("math", "Find the larger root of x^2 + 2x - 15 = 0.", 3.0, ""),
    Problem("math", "What is cos(45 degrees)?", math.cos(_deg(45)), ""),
    Problem("math", "Convert 250 cm to meters.", 2.5, "m"),
    Problem("math", "How many seconds are there in 3 hours?", 3 * 3600, "s"),
]


# Third set: written last, scored once before any change (first pass in docs/tutor.md).
BLIND: list[Problem] = [
    Problem(
        "kinematics",
        "Calculate the time taken for a cyclist to accelerate from 2 m/s to 8 m/s if her acceleration is 1.5 m/s².",
        (8 - 2) / 1.5,
        "s",
    ),
    Problem(
        "kinematics",
        (
            "A marble rolls off the edge of a 0.9 m tall desk with a horizontal speed of 1.5 m/s. Find the time it "
            "takes to "
            "reach the floor."
        ),
        math.sqrt(2 * 0.9 / G),
        "s",
    ),
    Problem(
        "kinematics",
        "Determine the distance travelled by a bus that moves at an average speed of 45 km/h for 2 hours.",
        90.0,
        "km",
    ),
    Problem("kinematics", "An object is dropped from rest. What is its velocity after falling for 4 s?", G * 4, "m/s"),
    Problem(
        "kinematics",
        "A car accelerates uniformly from 12 m/s to 20 m/s while covering 64 m. Find the acceleration.",
        (20**2 - 12**2) / (2 * 64),
        "m/s^2",
    ),
    Problem(
        "kinematics",
        "A football is kicked with a velocity of 22 m/s at an angle of 50° to the ground. Find the time of flight.",
        2 * 22 * math.sin(_deg(50)) / G,
        "s",
    ),
    Problem(
        "kinematics",
        "A tennis ball is thrown vertically upwards and returns to the thrower after 3 s. What was its initial speed?",
        G * 1.5,
        "m/s",
    ),
    Problem(
        "forces",
        "Find the acceleration produced when a resultant force of 600 N acts on a 150 kg motorbike.",
        600 / 150,
        "m/s^2",
    ),
    Problem(
        "forces",
        (
            "A 70 kg person stands in a lift that accelerates downwards at 2 m/s^2. What is the tension in the lift "
            "cable if "
            "the lift has a mass of 500 kg?"
        ),
        570 * (G - 2),
        "N",
    ),
    Problem(
        "forces",
        "A force of 200 N is needed to stretch a spring by 0.25 m. How much force is needed to stretch it by 0.4 m?",
        200 / 0.25 * 0.4,
        "N",
    ),
    Problem(
        "forces",
        (
            "A sled of mass 30 kg is pulled along flat snow. The coefficient of kinetic friction is 0.1. What is the "
            "friction "
            "force on the sled?"
        ),
        0.1 * 30 * G,
        "N",
    ),
    Problem(
        "forces",
        (
            "A 3 kg box is placed on a smooth ramp angled at 15 degrees. Calculate the acceleration of the box down "
            "the "
            "ramp."
        ),
        G * math.sin(_deg(15)),
        "m/s^2",
    ),
    Problem(
        "forces", "An 8 kg mass hangs at rest from a rope. Calculate the tension in the rope in kN.", 8 * G / 1000, "kN"
    ),
    Problem(
        "energy",
        "Calculate the gravitational potential energy of a 1.2 kg bird sitting on a branch 15 m above the ground.",
        1.2 * G * 15,
        "J",
    ),
    Problem(
        "energy", "A 50 kg boy runs up a flight of stairs 4 m high in 5 s. What is his power?", 50 * G * 4 / 5, "W"
    ),
    Problem(
        "energy",
        "A 1500 kg car is travelling at 108 km/h. Find its kinetic energy in MJ.",
        0.5 * 1500 * 30**2 / 1e6,
        "MJ",
    ),
    Problem(
        "energy",
        (
            "A ball is dropped from a height of 5 m. Ignoring air resistance, find its speed just before it reaches "
            "the "
            "ground."
        ),
        math.sqrt(2 * G * 5),
        "m/s",
    ),
    Problem("energy", "How much work is needed to stop a 1000 kg car moving at 20 m/s?", 0.5 * 1000 * 20**2, "J"),
    Problem("energy", "A kettle uses 220 kJ of energy in 2 minutes. What is its power rating?", 220000 / 120, "W"),
    Problem(
        "energy",
        "A machine does 750 J of useful work when supplied with 1000 J of energy. Calculate its efficiency.",
        0.75,
        "",
    ),
    Problem("momentum", "Find the momentum of a 12 kg dog running at 5 m/s.", 60.0, "kg*m/s"),
    Problem(
        "momentum",
        (
            "A 75 kg rugby player running at 8 m/s tackles a stationary 90 kg player and they move off together. Find "
            "their "
            "velocity after the tackle."
        ),
        75 * 8 / 165,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A cannon of mass 800 kg fires a 10 kg shell with a speed of 200 m/s. Calculate the recoil velocity of the "
            "cannon."
        ),
        10 * 200 / 800,
        "m/s",
    ),
    Problem(
        "momentum",
        (
            "A 0.05 kg golf ball is struck by a club and leaves at 70 m/s. The club and ball are in contact for 0.5 "
            "ms. What "
            "average force acts on the ball?"
        ),
        0.05 * 70 / 0.0005,
        "N",
    ),
    Problem(
        "momentum",
        (
            "A 2 kg trolley travelling at 6 m/s collides head-on with a 4 kg trolley moving at 3 m/s in the opposite "
            "direction. "
            "They stick together. What is their velocity after the collision?"
        ),
        (2 * 6 - 4 * 3) / 6,
        "m/s",
    ),
    Problem(
        "momentum", "What impulse is needed to change the velocity of a 3 kg ball from 2 m/s to 10 m/s?", 3 * 8, "N*s"
    ),
    Problem(
        "angular_motion",
        (
            "A ceiling fan rotating at 15 rad/s is switched off and comes to rest in 10 s. What is its angular "
            "deceleration?"
        ),
        15 / 10,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "Calculate the moment of inertia of a hollow sphere of mass 0.6 kg and radius 0.12 m.",
        2 / 3 * 0.6 * 0.12**2,
        "kg*m^2",
    ),
    Problem(
        "angular_motion",
        "A mechanic applies a force of 120 N at the end of a 25 cm spanner, perpendicular to it. Calculate the torque.",
        120 * 0.25,
        "N*m",
    ),
    Problem(
        "angular_motion",
        (
            "A child on a merry-go-round sits 2 m from the centre. The merry-go-round turns at 1.5 rad/s. What is the "
            "child's "
            "speed?"
        ),
        3.0,
        "m/s",
    ),
    Problem(
        "angular_motion",
        (
            "A grinding wheel with a moment of inertia of 0.04 kg m^2 spins at 3000 rpm. Calculate its rotational "
            "kinetic "
            "energy."
        ),
        0.5 * 0.04 * (3000 * 2 * math.pi / 60) ** 2,
        "J",
    ),
    Problem(
        "angular_motion",
        "A wheel accelerates from rest at 4 rad/s^2. How many revolutions does it make in the first 6 seconds?",
        0.5 * 4 * 36 / (2 * math.pi),
        "rev",
    ),
    Problem(
        "angular_motion",
        "A car of mass 1000 kg goes round a bend of radius 50 m at 15 m/s. What centripetal force is needed?",
        1000 * 15**2 / 50,
        "N",
    ),
    Problem("math", "Solve the equation x^2 - 9 = 0 for the positive value of x.", 3.0, ""),
    Problem("math", "Evaluate sin(90°).", 1.0, ""),
    Problem("math", "Find the hypotenuse of a right triangle whose legs are 5 and 12.", 13.0, ""),
    Problem("math", "How many kilograms are there in 2500 g?", 2.5, "kg"),
    Problem("math", "Convert 15 m/s into km/h.", 54.0, "km/h"),
    Problem("math", "Solve 3x + 7 = 22.", 5.0, ""),
    Problem("math", "What is log10(1000)?", 3.0, ""),
]


# Fourth set: a spot-check written at the end (first pass 15/20, no wrong numbers; see docs/tutor.md).
PROBE: list[Problem] = [
    Problem("kinematics", "A car covers 150 km in 2.5 hours. What is its average speed in km/h?", 60, "km/h"),
    Problem("forces", "What acceleration does a 5 N force give a 250 g toy car?", 20, "m/s^2"),
    Problem("kinematics", "A boulder falls off a cliff and lands 4 s later. How tall is the cliff?", 0.5 * G * 16, "m"),
    Problem("energy", "Find the kinetic energy of a 60 kg cyclist riding at 36 km/h.", 0.5 * 60 * 100, "J"),
    Problem(
        "energy",
        "A 10 kg mass is raised through a height of 3 m. Find the increase in gravitational potential energy.",
        10 * G * 3,
        "J",
    ),
    Problem(
        "energy",
        "A 65 kg diver steps off a 10 m platform. How fast is she moving when she reaches the water?",
        math.sqrt(2 * G * 10),
        "m/s",
    ),
    Problem("forces", "A 1200 kg car accelerates at 2 m/s^2. What is the net force on it?", 2400, "N"),
    Problem("momentum", "A 3 kg ball is moving at 4 m/s. What is its momentum?", 12, "kg*m/s"),
    Problem(
        "momentum",
        (
            "A bowling ball of mass 7 kg rolls at 3 m/s into a stationary 1.5 kg pin. After the collision the ball "
            "moves at 2 m/s. How fast does the pin move?"
        ),
        7 * 1 / 1.5,
        "m/s",
    ),
    Problem(
        "energy",
        "A motor lifts a 20 kg load through 5 m in 4 s. Calculate the useful power output.",
        20 * G * 5 / 4,
        "W",
    ),
    Problem(
        "angular_motion",
        "A disc spinning at 600 rpm slows to rest in 20 s. What is its angular deceleration?",
        600 * 2 * math.pi / 60 / 20,
        "rad/s^2",
    ),
    Problem(
        "angular_motion",
        "How much torque is produced by a 50 N force applied 0.2 m from a pivot at right angles?",
        10,
        "N*m",
    ),
    Problem(
        "kinematics",
        "A ball is launched at 30 m/s at 45 degrees. How high does it go?",
        (30 * math.sin(math.radians(45))) ** 2 / (2 * G),
        "m",
    ),
    Problem("forces", "What is the spring constant of a spring that extends 2 cm under a load of 4 N?", 200, "N/m"),
    Problem(
        "momentum",
        "A 2 kg object is pushed by a net force of 10 N for 3 s from rest. What is its final speed?",
        15,
        "m/s",
    ),
    Problem("forces", "What is the weight in newtons of a 68 kg student?", 68 * G, "N"),
    Problem(
        "kinematics",
        "An object travels 12 m in 3 s starting from rest with uniform acceleration. What is its acceleration?",
        2 * 12 / 9,
        "m/s^2",
    ),
    Problem("math", "The hypotenuse of a right triangle is 13 and one leg is 5. How long is the other leg?", 12, ""),
    Problem("math", "What is tan(30 degrees)?", math.tan(math.radians(30)), ""),
    Problem(
        "energy", "A 500 g ball is thrown upward at 8 m/s. What is its kinetic energy at launch?", 0.5 * 0.5 * 64, "J"
    ),
]
